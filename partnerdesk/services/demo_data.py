"""The words the demo association is made of: its town, cast, programmes and budgets.

Everything here is fictional (towns, people, file numbers) except the names of public
funding bodies. Russian people carry three spellings: Cyrillic, the German transcription
used in letters, and the Latin name *as typed from the passport*. Amounts are strings and
become `Decimal` in the generator. The lists fictional people are drawn from are in
`demo_names`.
"""

from __future__ import annotations

from partnerdesk.services.demo_names import HOME_POSTAL_CODE, HOME_TOWN

ASSOCIATION = {
    "name": "Partnerschaftsverein Mühlenstedt – Nowoberjosowsk e.V.",
    "street": "Am Markt 7",
    "postal_code": HOME_POSTAL_CODE,
    "city": HOME_TOWN,
    "register_number": "VR 1234 (Amtsgericht Leipzig)",
    "home_town": HOME_TOWN,
    "email": "vorstand@partnerschaft-muehlenstedt.example.org",
    "phone": "034362 41 27 90",
    "website": "https://partnerschaft-muehlenstedt.example.org",
}

BOARD = [("Dr. Ursula Krüger", "Vorsitzende", True), ("Jörg Weißenfels", "Schatzmeister", True),
         ("Anja Hoßfeld", "Schriftführerin", False)]

# key, name, native name, country, region, relation, since, language, time zone, margin,
# status history [(status, since, note)], notes
PARTNER_TOWNS = [
    ("nowo", "Nowoberjosowsk", "Новоберёзовск", "RU", "Oblast Jaroslawl", "partnership",
     "1992-05-16", "ru", "Europe/Moscow", 6,
     [("active", "1992-05-16", "Partnerschaftsvertrag im Rathaus Mühlenstedt unterzeichnet"),
      ("resting", "2022-03-01", "Offizielle Kontakte ruhen, Bürger- und Schulkontakte bleiben"),
      ("active", "2024-09-01", "Ratsbeschluss: Jugend- und Bürgerbegegnungen wieder möglich")],
     "Schulpartnerschaft Lessing-Gymnasium – Школа № 3 seit 1995."),
    ("ziel", "Zielonów", "Zielonów", "PL", "Województwo dolnośląskie", "friendship",
     "2011-06-18", "pl", "Europe/Warsaw", 0,
     [("active", "2011-06-18", "Freundschaftserklärung beim Stadtfest")], ""),
    ("kras", "Krasnoklinsk", "Красноклинск", "RU", "Oblast Twer", "partnership",
     "2004-09-10", "ru", "Europe/Moscow", 6,
     [("active", "2004-09-10", "Partnerschaftsurkunde unterzeichnet"),
      ("resting", "2022-03-01", "Partnerschaft ruht; Briefkontakt zum Heimatverein")], ""),
    ("vaub", "Vaubrecourt-sur-Ornain", "Vaubrecourt-sur-Ornain", "FR", "Grand Est",
     "partnership", "1968-09-14", "fr", "Europe/Paris", 0,
     [("active", "1968-09-14", "Jumelage besiegelt"),
      ("ended", "2016-12-31", "Comité de jumelage aufgelöst; Partnerschaft beendet")], ""),
]

# key, name, organisation kind, side, partner town key, street, postal code, city, country,
# phone, e-mail, roles
ORGANISATIONS = [
    ("town", "Stadtverwaltung Mühlenstedt", "town_administration", "home", None,
     "Am Markt 1", HOME_POSTAL_CODE, HOME_TOWN, "DE", "034362 490",
     "rathaus@muehlenstedt.example.org", ""),
    ("gym", "Lessing-Gymnasium Mühlenstedt", "school", "home", None, "Schulstraße 12",
     HOME_POSTAL_CODE, HOME_TOWN, "DE", "034362 4120", "sekretariat@lessing-gym.example.org", ""),
    ("club", "SV Mühlenstedt 1911 e.V.", "club", "home", None, "Jahnstraße 3", HOME_POSTAL_CODE,
     HOME_TOWN, "DE", "034362 4433", "info@sv1911.example.org", ""),
    ("drja", "Stiftung Deutsch-Russischer Jugendaustausch", "funder", "other", None,
     "Mittelweg 117b", "20149", "Hamburg", "DE", "040 8788680", "info@drja.example.org", ""),
    ("land", "Landesstiftung Sachsen für Jugend und Partnerschaft", "funder", "other", None,
     "Wilsdruffer Straße 24", "01067", "Dresden", "DE", "0351 5648820",
     "foerderung@landesstiftung-jp.example.org", ""),
    ("auto", "Autohaus Meißner GmbH", "company", "home", None, "Leipziger Straße 88",
     HOME_POSTAL_CODE, HOME_TOWN, "DE", "034362 5050", "service@autohaus-meissner.example.org",
     "sponsor"),
    ("bus", "Busreisen Köhler GmbH", "company", "home", None, "Gewerbering 5", "04720",
     "Döbeln", "DE", "03431 71890", "buchung@busreisen-koehler.example.org", ""),
    ("paper", "Mühlenstedter Anzeiger", "media", "home", None, "Bahnhofstraße 21",
     HOME_POSTAL_CODE, HOME_TOWN, "DE", "034362 7700", "redaktion@anzeiger.example.org", "press"),
    ("radio", "Radio Muldental", "media", "other", None, "Straße der Einheit 40", "04668",
     "Grimma", "DE", "03437 98200", "studio@radio-muldental.example.org", "press"),
    ("admin", "Администрация города Новоберёзовска", "town_administration", "partner", "nowo",
     "пл. Советская, д. 1", "152610", "Новоберёзовск", "RU", "+7 48535 2-11-40",
     "adm@novoberezovsk.example.org", "partner_contact"),
    ("school", "Школа № 3 г. Новоберёзовска", "school", "partner", "nowo",
     "ул. Щорса, д. 15", "152612", "Новоберёзовск", "RU", "+7 48535 2-37-16",
     "school3@novoberezovsk.example.org", "partner_contact"),
    ("urzad", "Urząd Miejski w Zielonowie", "town_administration", "partner", "ziel",
     "Rynek 1", "58-210", "Zielonów", "PL", "+48 74 832 14 00", "um@zielonow.example.org",
     "partner_contact"),
]

# The named cast. key, gender, title, given, family, given native, family native,
# passport given, passport family, born (year), side, town key, roles, organisation key,
# function, languages
NAMED_PEOPLE = [
    ("chair", "female", "Dr.", "Ursula", "Krüger", "", "", "", "", 1958, "home", None,
     "member board", "gym", "Lehrerin i. R.", "de, ru"),
    ("treasurer", "male", "", "Jörg", "Weißenfels", "", "", "", "", 1964, "home", None,
     "member board", None, "", "de, en"),
    ("secretary", "female", "", "Anja", "Hoßfeld", "", "", "Anja", "Hossfeld", 1979, "home",
     None, "member board volunteer", "gym", "Lehrerin für Russisch", "de, ru, en"),
    ("assessor1", "male", "", "Günther", "Schäfer", "", "", "", "", 1951, "home", None,
     "member board", "club", "Vorsitzender", "de"),
    ("assessor2", "female", "", "Sabine", "Löffler", "", "", "", "", 1970, "home", None,
     "member board", None, "", "de, en"),
    ("mayor", "male", "", "Thomas", "Lange", "", "", "", "", 1968, "home", None,
     "member", "town", "Bürgermeister", "de, en"),
    ("interpreter", "female", "", "Tatjana", "Weiß", "Татьяна", "Вайс", "Tatjana", "Weiss",
     1976, "home", None, "member interpreter", None, "", "de, ru"),
    ("leader1", "male", "", "Markus", "Jäger", "", "", "Markus", "Jaeger", 1981, "home", None,
     "member volunteer", "gym", "Lehrer, Koordinator Schüleraustausch", "de, ru, en"),
    ("leader2", "female", "", "Lena", "Voß", "", "", "Lena", "Voss", 1993, "home", None,
     "member volunteer", "club", "Jugendwartin", "de, en"),
    ("press1", "male", "", "Christoph", "Strauß", "", "", "", "", 1972, "home", None,
     "press", "paper", "Lokalredakteur", "de"),
    ("press2", "female", "", "Maren", "Fuchs", "", "", "", "", 1988, "other", None,
     "press", "radio", "Reporterin", "de, en"),
    ("sponsor", "male", "", "Frank", "Meißner", "", "", "", "", 1966, "home", None,
     "member sponsor", "auto", "Geschäftsführer", "de"),
    ("busowner", "male", "", "Ralf", "Köhler", "", "", "", "", 1962, "other", None,
     "", "bus", "Inhaber", "de"),
    ("landref", "female", "Dr.", "Katrin", "Böhm", "", "", "", "", 1975, "other", None,
     "", "land", "Referentin Internationale Jugendarbeit", "de, en"),
    ("drjaref", "female", "", "Elena", "Wagner", "Елена", "Вагнер", "", "", 1985, "other", None,
     "", "drja", "Programmreferentin", "de, ru"),
    ("official", "male", "", "Alexej", "Schtscherbakow", "Алексей", "Щербаков", "Aleksei",
     "Shcherbakov", 1970, "partner", "nowo", "partner_contact", "admin",
     "Leiter der Abteilung für internationale Beziehungen", "ru, de"),
    ("director", "female", "", "Julia", "Semjonowa", "Юлия", "Семёнова", "Iuliia",
     "Semenova", 1974, "partner", "nowo", "partner_contact", "school", "Direktorin", "ru, en"),
    ("ruleader1", "male", "", "Juri", "Worobjow", "Юрий", "Воробьёв", "Yuriy", "Vorobyov",
     1983, "partner", "nowo", "partner_contact", "school", "Deutschlehrer", "ru, de"),
    ("ruleader2", "female", "", "Xenija", "Maiorowa", "Ксения", "Майорова", "Kseniia",
     "Maiorova", 1990, "partner", "nowo", "partner_contact", "school", "Lehrerin", "ru, en"),
    ("ruinterpreter", "female", "", "Natalja", "Solowjowa", "Наталья", "Соловьёва", "Natalia",
     "Soloveva", 1987, "partner", "nowo", "interpreter partner_contact", None, "", "ru, de"),
    ("krascontact", "male", "", "Igor", "Saizew", "Игорь", "Зайцев", "Igor", "Zaitsev", 1955,
     "partner", "kras", "partner_contact", None, "", "ru"),
    ("plofficer", "female", "", "Katarzyna", "Wiśniewska", "", "", "", "", 1978, "partner",
     "ziel", "partner_contact", "urzad", "Referentin für Städtepartnerschaften", "pl, de"),
    ("plmayor", "male", "", "Tomasz", "Zieliński", "", "", "", "", 1965, "partner", "ziel",
     "partner_contact", "urzad", "Burmistrz (Bürgermeister)", "pl, en"),
    ("plguest1", "female", "", "Agnieszka", "Wójcik", "", "", "", "", 1982, "partner", "ziel",
     "partner_contact", "urzad", "Stadträtin", "pl"),
    ("plguest2", "male", "", "Piotr", "Kowalczyk", "", "", "", "", 1959, "partner", "ziel",
     "", None, "", "pl, de"),
    ("frcontact", "female", "", "Hélène", "Duval", "", "", "", "", 1949, "other", "vaub",
     "", None, "", "fr, de"),
    ("plteacher1", "female", "", "Magdalena", "Nowak", "", "", "", "", 1984, "partner", "ziel",
     "partner_contact", None, "Deutschlehrerin", "pl, de"),
    ("plteacher2", "male", "", "Paweł", "Mazur", "", "", "", "", 1977, "partner", "ziel",
     "", None, "Sportlehrer", "pl, en"),
]


PETS = ["", "", "Katze", "Hund (Labrador)", "zwei Kaninchen", "Hund und Katze"]
HOST_NOTES = ["", "Gästezimmer im Dachgeschoss", "Bahnhof fußläufig",
              "Abholung mit dem Auto möglich"]
HEALTH = [  # allergies, medication, diet
    ("Erdnüsse (Notfallset dabei)", "Adrenalin-Autoinjektor", ""),
    ("", "Asthmaspray (Salbutamol) bei Bedarf", ""),
    ("Laktoseintoleranz", "", "laktosefrei"),
    ("", "", "vegetarisch"),
    ("Pollen (Birke)", "Cetirizin 10 mg morgens", ""),
    ("", "", "kein Schweinefleisch"),
]
INSURERS = ["Gruppenversicherung über den Verein (Reiseversicherung Elbe AG)",
            "AOK PLUS", "TK", "ВСК, полис № 7710-2291"]

# Programmes per day: [(start, end, title, title in the partner's language, place)]
PROGRAMME_OUTGOING = [
    [("08:00", "20:00", "Anreise über Istanbul nach Jaroslawl, Busfahrt nach Nowoberjosowsk",
      "Прибытие через Стамбул в Ярославль, трансфер в Новоберёзовск", "Flughafen / Bus"),
     ("20:30", "22:00", "Ankunft und Abend in den Gastfamilien", "Прибытие, вечер в семьях",
      "Gastfamilien")],
    [("10:00", "12:00", "Offizieller Empfang in der Stadtverwaltung",
      "Официальный приём в администрации города", "Администрация, пл. Советская 1"),
     ("14:00", "17:00", "Stadtrallye in gemischten Gruppen", "Городской квест в смешанных группах",
      "Innenstadt")],
    [("09:00", "13:00", "Projektwerkstatt „Wasser verbindet“ (Teil 1)",
      "Проектная мастерская «Вода объединяет» (часть 1)", "Школа № 3"),
     ("15:00", "18:00", "Sport: Volleyballturnier", "Спорт: турнир по волейболу", "Sporthalle")],
    [("08:00", "19:00", "Tagesausflug nach Jaroslawl mit Stadtführung",
      "Экскурсия в Ярославль", "Jaroslawl")],
    [("09:00", "13:00", "Projektwerkstatt (Teil 2): Interviews am Fluss",
      "Проектная мастерская (часть 2): интервью на реке", "Ufer der Wolga"),
     ("15:00", "17:00", "Besuch des Heimatmuseums", "Посещение краеведческого музея",
      "Краеведческий музей")],
    [(None, None, "Tag in den Gastfamilien", "День в принимающих семьях", "Gastfamilien")],
    [("09:00", "13:00", "Projektwerkstatt (Teil 3): Fotoausstellung vorbereiten",
      "Проектная мастерская (часть 3): подготовка фотовыставки", "Школа № 3"),
     ("16:00", "18:00", "Russischkurs für Anfänger", "Курс русского языка для начинающих",
      "Школа № 3")],
    [("10:00", "12:00", "Eröffnung der Fotoausstellung", "Открытие фотовыставки", "Библиотека"),
     ("18:00", "22:00", "Abschlussabend mit Familien", "Прощальный вечер с семьями",
      "Кафе «Берёзка»")],
    [("09:00", "12:00", "Auswertung und Planung der Gegenbegegnung",
      "Подведение итогов и планирование ответного визита", "Школа № 3")],
    [("05:00", "22:00", "Rückreise", "Отъезд", "Bus / Flughafen")],
]
PROGRAMME_INCOMING = [
    [("15:00", "19:00", "Ankunft der Gruppe, Begrüßung am Bahnhof",
      "Прибытие группы, встреча на вокзале",
      "Bahnhof Mühlenstedt"),
     ("19:30", "21:30", "Abend in den Gastfamilien", "Вечер в принимающих семьях", "Gastfamilien")],
    [("09:00", "11:00", "Kennenlernspiele und Sprachanimation",
      "Игры на знакомство и языковая анимация",
      "Lessing-Gymnasium, Aula"),
     ("11:30", "12:30", "Empfang beim Bürgermeister", "Приём у бургомистра", "Rathaus, Ratssaal"),
     ("12:00", "13:00", "Fototermin mit dem Mühlenstedter Anzeiger",
      "Фотосъёмка для газеты «Мюленштедтер Анцайгер»", "Marktplatz")],
    [("09:00", "13:00", "Projektwerkstatt „Unsere Flüsse“ (Teil 1)",
      "Проектная мастерская «Наши реки» (часть 1)", "Lessing-Gymnasium"),
     ("14:30", "17:00", "Kanutour auf der Mulde", "Сплав на каноэ по Мульде", "Bootshaus")],
    [("08:00", "19:00", "Tagesausflug nach Dresden", "Экскурсия в Дрезден", "Dresden")],
    [("09:00", "13:00", "Projektwerkstatt (Teil 2)", "Проектная мастерская (часть 2)",
      "Lessing-Gymnasium"),
     ("15:00", "17:00", "Besuch der Porzellanmanufaktur", "Посещение фарфоровой мануфактуры",
      "Meißen")],
    [(None, None, "Tag in den Gastfamilien", "День в принимающих семьях", "Gastfamilien")],
    [("09:00", "12:00", "Gedenkstättenbesuch mit Zeitzeugengespräch",
      "Посещение мемориала, беседа с очевидцем", "Gedenkstätte Ehrenhain Zeithain"),
     ("14:00", "17:00", "Sportfest mit dem SV Mühlenstedt 1911", "Спортивный праздник с SV 1911",
      "Sportplatz Jahnstraße")],
    [("10:00", "12:00", "Präsentation der Ergebnisse", "Презентация результатов", "Rathaus"),
     ("18:00", "22:00", "Abschiedsabend", "Прощальный вечер", "Vereinsheim SV 1911")],
    [("07:30", "09:00", "Abreise", "Отъезд", "Bahnhof Mühlenstedt")],
]
PROGRAMME_DELEGATION = [
    [("14:00", "16:00", "Ankunft und Empfang im Rathaus", "Przyjazd i przyjęcie w ratuszu",
      "Rathaus"),
     ("17:00", "19:00", "Stadtrundgang", "Spacer po mieście", "Markt")],
    [("09:00", "12:00", "Fachgespräch Vereinsförderung und Ehrenamt",
      "Rozmowa o wspieraniu stowarzyszeń i wolontariacie", "Ratssaal"),
     ("18:00", "21:00", "Stadtfest, Stand des Partnerschaftsvereins",
      "Święto miasta, stoisko stowarzyszenia", "Marktplatz")],
    [("10:00", "11:00", "Verabschiedung", "Pożegnanie", "Rathaus")],
]
PROGRAMME_CONFERENCE = [
    [("13:00", "18:00", "Eröffnung und Plenum (hybrid)", "Открытие и пленарное заседание (гибрид)",
      "Kongresszentrum / online")],
    [("09:00", "16:00", "Foren: Jugendaustausch, Kommunen, Zivilgesellschaft",
      "Форумы: молодёжный обмен, муниципалитеты, гражданское общество", "Kongresszentrum")],
]

# Funder rules (examples to be checked against the current guidelines).
FUNDER_PROFILES = [
    ("drja", "Jugendbegegnungen Deutschland–Russland", 12, 26, 5, 15, 2, 8, "30.00",
     "Antrag mit Programm; Kosten- und Finanzierungsplan; Teilnehmerliste mit Unterschriften; "
     "Sachbericht; Belegliste", 12, 2, 5),
    ("land", "Internationale Jugendbegegnungen", 8, 26, 5, 20, 3, 6, "20.00",
     "Antragsformular; Finanzierungsplan; Programm; Verwendungsnachweis mit Belegliste",
     8, 3, 10),
    ("land", "Schülerbegegnungen mit Partnerschulen", 10, 18, 4, 8, 1, None, "15.00",
     "Antragsformular; Programm; Teilnehmerliste; Sachbericht", 6, 2, 10),
]
FUNDER_NOTE = "Beispielwerte: vor dem Antrag mit der gültigen Förderrichtlinie abgleichen."

# Cost and financing plans: category, description, planned, approved (or None)
BUDGET_PAST = [
    ("cost", "travel", "Flüge und Bus (13 Personen)", "7800.00", "7200.00"),
    ("cost", "board", "Verpflegung bei Ausflügen und Abschlussabend", "1200.00", "1100.00"),
    ("cost", "programme", "Eintritte, Führungen, Exkursion", "600.00", "600.00"),
    ("cost", "fees", "Sprachmittlung", "800.00", "800.00"),
    ("cost", "insurance", "Gruppenreiseversicherung", "250.00", "250.00"),
    ("cost", "material", "Workshopmaterial", "150.00", "150.00"),
    ("cost", "preparation", "Vorbereitungstreffen", "200.00", "200.00"),
    ("cost", "other_costs", "Visagebühren", "500.00", "500.00"),
    ("income", "own_share", "Eigenmittel des Vereins", "2300.00", "2400.00"),
    ("income", "participant_fees", "Teilnehmerbeiträge (10 × 250 €)", "2500.00", "2500.00"),
    ("income", "town_grant", "Zuschuss der Stadt Mühlenstedt", "500.00", "500.00"),
    ("income", "this_grant", "Zuwendung der Stiftung", "6200.00", "5400.00"),
]
BUDGET_UPCOMING = [
    ("cost", "travel", "Busfahrten Ausflüge (Dresden, Meißen)", "1200.00", None),
    ("cost", "accommodation", "Unterbringung in Gastfamilien", "0.00", None),
    ("cost", "board", "Verpflegung tagsüber und Abschiedsabend", "2800.00", None),
    ("cost", "programme", "Eintritte, Kanutour, Führungen", "1900.00", None),
    ("cost", "fees", "Sprachmittlung", "900.00", None),
    ("cost", "insurance", "Haftpflicht- und Unfallversicherung", "300.00", None),
    ("cost", "material", "Workshopmaterial, Ausstellung", "250.00", None),
    ("cost", "preparation", "Vorbereitungstreffen mit Gastfamilien", "350.00", None),
    ("income", "own_share", "Eigenmittel des Vereins", "1100.00", None),
    ("income", "participant_fees", "Teilnehmerbeiträge (10 × 120 €)", "1200.00", None),
    ("income", "town_grant", "Zuschuss der Stadt Mühlenstedt", "600.00", None),
    ("income", "this_grant", "Zuwendung der Landesstiftung", "4800.00", None),
]
# Receipts of the past exchange: days from its start, counterparty, purpose, category,
# amount in EUR or (amount, currency, rate as units per EUR)
RECEIPTS_PAST = [
    (-42, "Busreisen Köhler GmbH", "Anzahlung Bustransfer Mühlenstedt – BER", "travel",
     "350.00"),
    (-38, "Reisebüro Weltenbummler", "Flugtickets BER–IST–IAR, 13 Personen", "travel",
     "5980.40"),
    (-30, "Gasthaus Zur Mühle", "Vorbereitungstreffen mit Eltern und Teilnehmenden",
     "preparation", "142.80"),
    (-24, "Visazentrum Leipzig", "Visagebühren und Servicegebühren, 13 Personen",
     "other_costs", "455.00"),
    (-15, "Reiseversicherung Elbe AG", "Gruppenreiseversicherung Kranken/Unfall/Haftpflicht",
     "insurance", "218.40"),
    (-10, "Schreibwaren Förster", "Material für die Projektwerkstatt", "material", "87.35"),
    (4, "Краеведческий музей г. Новоберёзовска", "Eintritt und Führung Heimatmuseum (Gruppe)",
     "programme", ("18450.00", "RUB", "96.834500")),
    (3, "ООО «Волга-Тур»", "Bus und Stadtführung Jaroslawl", "programme",
     ("32000.00", "RUB", "97.121000")),
    (7, "Кафе «Берёзка»", "Abschlussabend, Verpflegung der Gruppe", "board",
     ("41300.00", "RUB", "97.553200")),
    (9, "Tatjana Weiß", "Honorar Sprachmittlung, 10 Tage", "fees", "800.00"),
    (11, "Busreisen Köhler GmbH", "Restzahlung Bustransfer", "travel", "620.00"),
]

# Correspondence: days from today, direction, counterpart (contact key or None),
# partner town key (or None), subject, summary, attachment
CORRESPONDENCE = [
    (-420, "outgoing", "official", "nowo", "Vorschlag: Jugendbegegnung im kommenden Sommer",
     "Brief des Vorstands an die Stadtverwaltung, Themenvorschlag „Wasser verbindet“.",
     "Korrespondenz/Brief_Nowoberjosowsk_Jugendbegegnung.pdf"),
    (-400, "incoming", "director", "nowo", "Ответ: согласие школы № 3 / Zusage der Schule",
     "Schule Nr. 3 sagt 12 Plätze und zwei Lehrkräfte zu.", ""),
    (-230, "outgoing", "official", "nowo", "Einladungsschreiben für die Visaanträge",
     "Bestätigung der Unterbringung in Gastfamilien für das Konsulat.",
     "Korrespondenz/Einladung_Visum.pdf"),
    (-140, "outgoing", "drjaref", None, "Zwischenmeldung und Mittelabruf",
     "Abruf der zweiten Rate, Teilnehmerliste beigefügt.", ""),
    (-90, "incoming", "plofficer", "ziel", "Zaproszenie / Einladung zum Stadtfest",
     "Delegation aus Zielonów kündigt vier Personen an.", ""),
    (-70, "outgoing", "plmayor", "ziel", "Dank für den Besuch der Delegation",
     "Dankesbrief des Bürgermeisters und des Vereins.", "Korrespondenz/Dank_Zielonow.pdf"),
    (-30, "outgoing", "ruleader1", "nowo", "Rückbegegnung: Gastfamilien und Programm",
     "Liste der Gastfamilien, Programmentwurf zweisprachig.", ""),
    (-12, "incoming", "ruleader1", "nowo", "Визы: статус заявлений / Stand der Visa",
     "Ein Visum abgelehnt, drei noch in Bearbeitung.", ""),
    (-5, "outgoing", "press1", None, "Pressemitteilung: Besuch aus Nowoberjosowsk",
     "Ankündigung der Jugendbegegnung für den Mühlenstedter Anzeiger.", ""),
    (-1300, "incoming", "krascontact", "kras", "Грустные новости / Traurige Nachrichten",
     "Der Heimatverein in Krasnoklinsk bittet, den Briefkontakt zu halten.", ""),
    (-3600, "incoming", "frcontact", "vaub", "Dissolution du comité de jumelage",
     "Mitteilung über die Auflösung des Comité de jumelage.", ""),
]

# Exchange key: topics, goals, notes
EXCHANGE_TOPICS = {
    "past": ("Wasser, Umwelt, Fotografie", "Gemeinsames Fotoprojekt; Sprachanimation",
             "Gastfamilien in Nowoberjosowsk; Flug über Istanbul."),
    "next": ("Flüsse, Umwelt, Erinnerungskultur", "Gegenbesuch; Ausstellung im Rathaus",
             "Unterbringung in Gastfamilien in Mühlenstedt."),
    "deleg": ("Ehrenamt, Vereinsförderung", "Erfahrungsaustausch der Stadtverwaltungen", ""),
    "conf": ("Städtepartnerschaften, Jugendaustausch", "Vernetzung mit anderen Vereinen",
             "Teilnahme vor Ort und online."),
    "cancel": ("Bürgerbegegnung", "Besuch des Heimatvereins",
               "Abgesagt: Partnerschaft ruht seit 01.03.2022; Anzahlungen erstattet."),
    "idea": ("Sprache, Alltag", "Monatliches Online-Sprachcafé Deutsch–Polnisch", ""),
    "school": ("Sport, Sprache", "Schülerbegegnung mit der Partnerschule in Zielonów",
               "Kurzbesuch; Unterbringung in der Jugendherberge."),
}
