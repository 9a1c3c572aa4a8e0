"""The names and places fictional people are drawn from, and `People`, which draws them.

Russian names carry three spellings: Cyrillic, the German transcription used in letters,
and the Latin name *as typed from the passport* (old and ICAO spellings mixed, as in real
passports). Family names are given in the male form; the female form adds `а` / `a`.
`People` draws fictional persons (names, addresses, phones, e-mails) from these lists.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

from partnerdesk.domain.search_text import contact_search_text, contact_sort_name
from partnerdesk.services.checks.rules import shift_years

HOME_TOWN = "Mühlenstedt"
HOME_POSTAL_CODE = "04758"
HOME_AREA_CODE = "034362"

FEMALE_GIVEN_DE = [
    "Anna", "Katrin", "Sabine", "Ute", "Bärbel", "Heike", "Doreen", "Franziska", "Jördis",
    "Brigitte", "Gisela", "Ines", "Käthe", "Susanne", "Claudia", "Kerstin", "Antje", "Silke",
    "Martina", "Birgit", "Nicole", "Jana", "Steffi", "Renate", "Dörte",
]
MALE_GIVEN_DE = [
    "Jürgen", "Günther", "Sören", "Björn", "Thomas", "Andreas", "Michael", "Stefan", "Frank",
    "Uwe", "Rüdiger", "Matthias", "Tobias", "Jan", "Henrik", "Lars", "Heiko", "Ronny", "Jens",
    "Dirk", "Bernd", "Klaus", "Peter", "René", "Mario",
]
FEMALE_GIVEN_YOUNG_DE = [
    "Lea", "Emilia", "Mia", "Hanna", "Clara", "Greta", "Lina", "Johanna", "Paula", "Zoë",
    "Jule", "Maja", "Ronja", "Frieda",
]
MALE_GIVEN_YOUNG_DE = [
    "Lukas", "Paul", "Felix", "Jonas", "Ben", "Moritz", "Finn", "Jannik", "Luca", "Noah",
    "Tom", "Max", "Mats", "Til",
]
FAMILY_DE = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Hartmann", "Krause", "Lehmann", "Köhler", "Groß",
    "Böttcher", "Günther", "Kühn", "Förster", "Götz", "Dietrich", "Seidel", "Rößler",
    "Schütze", "Große", "Nößler", "Weißbach", "Brückner", "Päßler", "Thümmler",
]
STREETS_DE = [
    "Lindenstraße", "Bahnhofstraße", "Am Mühlgraben", "Schillerstraße", "Goethestraße",
    "Gartenweg", "Rosenweg", "Kirchgasse", "Mühlenweg", "Hauptstraße", "Dresdner Straße",
    "Leipziger Straße", "Bergstraße", "Wiesenstraße", "Fröbelstraße", "Schloßstraße",
    "Straße der Einheit", "Am Sportplatz", "Thomas-Müntzer-Weg", "Grüner Winkel",
]
# postal code, city, area code, weight
CITIES_DE = [
    (HOME_POSTAL_CODE, HOME_TOWN, HOME_AREA_CODE, 12), ("04720", "Döbeln", "03431", 2),
    ("01067", "Dresden", "0351", 2), ("04109", "Leipzig", "0341", 2),
    ("09111", "Chemnitz", "0371", 1), ("04668", "Grimma", "03437", 1),
    ("06108", "Halle (Saale)", "0345", 1), ("10115", "Berlin", "030", 1),
]
BIRTH_PLACES_DE = ["Mühlenstedt", "Döbeln", "Leipzig", "Dresden", "Karl-Marx-Stadt", "Grimma",
                   "Oschatz", "Rochlitz", "Halle (Saale)", "Berlin"]

# Cyrillic, German transcription, passport spelling
MALE_GIVEN_RU = [
    ("Андрей", "Andrej", "Andrei"), ("Алексей", "Alexej", "Aleksei"), ("Юрий", "Juri", "Iurii"),
    ("Сергей", "Sergej", "Sergey"), ("Дмитрий", "Dmitri", "Dmitrii"),
    ("Николай", "Nikolai", "Nikolay"), ("Артём", "Artjom", "Artem"),
    ("Фёдор", "Fjodor", "Fedor"), ("Максим", "Maxim", "Maksim"), ("Илья", "Ilja", "Ilia"),
    ("Кирилл", "Kirill", "Kirill"), ("Матвей", "Matwei", "Matvei"), ("Егор", "Jegor", "Egor"),
    ("Тимофей", "Timofei", "Timofei"), ("Иван", "Iwan", "Ivan"), ("Павел", "Pawel", "Pavel"),
    ("Михаил", "Michail", "Mikhail"), ("Евгений", "Jewgeni", "Evgeniy"),
]
FEMALE_GIVEN_RU = [
    ("Юлия", "Julia", "Yulia"), ("Наталья", "Natalja", "Natalia"),
    ("Ксения", "Xenija", "Kseniia"), ("Екатерина", "Jekaterina", "Ekaterina"),
    ("Анастасия", "Anastasija", "Anastasiia"), ("Мария", "Marija", "Mariia"),
    ("Дарья", "Darja", "Daria"), ("Алёна", "Aljona", "Alena"),
    ("Татьяна", "Tatjana", "Tatiana"), ("Ольга", "Olga", "Olga"), ("Елена", "Jelena", "Elena"),
    ("Ирина", "Irina", "Irina"), ("Софья", "Sofja", "Sofia"), ("Полина", "Polina", "Polina"),
    ("Варвара", "Warwara", "Varvara"), ("Светлана", "Swetlana", "Svetlana"),
    ("Ульяна", "Uljana", "Uliana"), ("Майя", "Maja", "Maiia"),
]
FAMILY_RU = [
    ("Семёнов", "Semjonow", "Semyonov"), ("Щербаков", "Schtscherbakow", "Shcherbakov"),
    ("Воробьёв", "Worobjow", "Vorobev"), ("Кузнецов", "Kusnezow", "Kuznetsov"),
    ("Иванов", "Iwanow", "Ivanov"), ("Смирнов", "Smirnow", "Smirnov"),
    ("Лебедев", "Lebedew", "Lebedev"), ("Козлов", "Koslow", "Kozlov"),
    ("Новиков", "Nowikow", "Novikov"), ("Морозов", "Morosow", "Morozov"),
    ("Волков", "Wolkow", "Volkov"), ("Зайцев", "Saizew", "Zaitsev"),
    ("Фёдоров", "Fjodorow", "Fedorov"), ("Ершов", "Jerschow", "Ershov"),
    ("Тимофеев", "Timofejew", "Timofeev"), ("Щукин", "Schtschukin", "Shchukin"),
    ("Королёв", "Koroljow", "Korolev"), ("Журавлёв", "Schurawljow", "Zhuravlev"),
    ("Киселёв", "Kisseljow", "Kiselyov"), ("Громов", "Gromow", "Gromov"),
    ("Рябинин", "Rjabinin", "Riabinin"), ("Белов", "Below", "Belov"),
]
POSTAL_PREFIX = {"nowo": "1526", "kras": "1717", "ziel": "58-2", "vaub": "550"}
STREETS_ABROAD = {"PL": ["ul. Kwiatowa", "ul. Słoneczna", "ul. Ogrodowa"],
                  "FR": ["rue de la Mairie", "rue des Écoles", "place du Marché"]}
STREETS_RU = ["ул. Ленина", "ул. Щорса", "Советская ул.", "пр-т Мира", "ул. Гагарина",
              "Берёзовая ул.", "ул. Пушкина", "Садовая ул.", "ул. Строителей", "Заречная ул."]
PARTNER_CITY_RU = "Новоберёзовск"
BIRTH_PLACES_RU = ["Novoberezovsk", "Yaroslavl", "Rybinsk", "Kostroma", "Moskva"]


# --- drawing people from the lists -----------------------------------------------------------
_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l"})
_CITY_WEIGHTS = [c[3] for c in CITIES_DE]


@lru_cache(maxsize=4096)
def ascii_name(name: str) -> str:
    """A name as it may appear in an e-mail address: Müller → mueller, Hélène → helene."""
    text = unicodedata.normalize("NFKD", name.lower().translate(_ASCII))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c == "-"))


class People:
    """Draws fictional person rows (column key → value) from the lists, search text included."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng, self.today = rng, today
        self.adult_born_by = shift_years(today, -18)
        self.partner_town_id: int | None = None     # Nowoberjosowsk, once it has an id

    def born(self, youngest: int, oldest: int) -> date:
        """A birth date of someone `youngest`–`oldest` years old today."""
        return self.today - timedelta(days=self.rng.randint(youngest * 366, oldest * 365 + 364))

    def exact_age(self, on: date, youngest: int, oldest: int) -> date:
        """A birth date giving an age of `youngest`–`oldest` whole years on the day `on`."""
        years = self.rng.randint(youngest, oldest)
        return shift_years(on, -years) - timedelta(days=self.rng.randint(1, 360))

    def person(self, gender: str, given: str, family: str, born: date, side: str = "home",
               **fields: object) -> dict:
        """A person with salutation, e-mail, search text and sort name filled in."""
        row = {"kind": "person", "gender": gender, "given_name": given, "family_name": family,
               "birth_date": born, "side": side, "country": "DE" if side == "home" else "",
               "salutation": ("Frau" if gender == "female" else "Herr")
               if born <= self.adult_born_by else "",
               "email": f"{ascii_name(given)}.{ascii_name(family)}"
                        f"{self.rng.randint(1, 99)}@example.org"}
        row.update(fields)
        row["search_text"], row["sort_name"] = contact_search_text(row), contact_sort_name(row)
        return row

    def german(self, gender: str, family: str, born: date, given: str | None = None,
               place: tuple | None = None, **fields: object) -> dict:
        """A German person living in `place` (postal code, city, area code) or a weighted one."""
        rng = self.rng
        code, city, area, _ = place or rng.choices(CITIES_DE, _CITY_WEIGHTS)[0]
        values = {
            "postal_code": code, "city": city, "country": "DE", "nationality": "DE",
            "languages": "de",
            "street": f"{rng.choice(STREETS_DE)} {rng.randint(1, 120)}",
            "phone": f"{area} {rng.randint(20000, 989999)}",
            "mobile": f"01{rng.choice('567')}{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}",
            "birth_place": rng.choice(BIRTH_PLACES_DE)}
        given = given or rng.choice(FEMALE_GIVEN_DE if gender == "female" else MALE_GIVEN_DE)
        return self.person(gender, given, family, born, **{**values, **fields})

    def russian(self, gender: str, family: tuple[str, str, str], born: date,
                passport: bool = False, **fields: object) -> dict:
        """A person from Nowoberjosowsk: Cyrillic, German and (if `passport`) passport names."""
        rng = self.rng
        given = rng.choice(FEMALE_GIVEN_RU if gender == "female" else MALE_GIVEN_RU)
        ending = ("а", "a", "a") if gender == "female" else ("", "", "")
        native, german, latin = (part + end for part, end in zip(family, ending, strict=True))
        values = {
            "given_name_native": given[0], "family_name_native": native,
            "passport_given_name": given[2] if passport else "",
            "passport_family_name": latin if passport else "", "country": "RU",
            "nationality": "RU", "city": PARTNER_CITY_RU,
            "postal_code": f"1526{rng.randint(10, 29)}",
            "street": f"{rng.choice(STREETS_RU)}, д. {rng.randint(1, 60)}, "
                      f"кв. {rng.randint(1, 90)}",
            "mobile": f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}"
                      f"-{rng.randint(10, 99)}",
            "languages": rng.choice(["ru", "ru, en", "ru, de"]),
            "birth_place": rng.choice(BIRTH_PLACES_RU), "partner_town_id": self.partner_town_id}
        return self.person(gender, given[1], german, born, "partner", **{**values, **fields})
