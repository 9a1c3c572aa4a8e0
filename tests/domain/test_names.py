"""Names across scripts and spellings: the skeleton key, the tokeniser, Latin suggestions."""

from __future__ import annotations

import pytest

from partnerdesk.domain.names import latin_suggestions, skeleton, words

# Each group: spellings of one name a German office meets (Cyrillic, ICAO/passport,
# German transcription, English, without umlauts) — they must share one skeleton.
SAME_NAME = [
    # the examples of issue 3
    ("Ivanova", "Иванова", "Iwanowa", "IVANOVA"),
    ("Müller", "Muller", "Mueller", "MÜLLER", "Mu\u0308ller"),
    ("Семёнов", "Семенов", "Semenov", "Semjonow", "Semyonov", "СЕМЁНОВ"),
    ("Юрий", "Jurij", "Juri", "Yuriy", "Yury", "Iurii"),
    ("Щербаков", "Shcherbakov", "Schtscherbakow"),
    ("Strauß", "Strauss", "STRAUSS", "Straus"),
    # ё / ж / х / ц / ч / ш / щ
    ("Журавлёв", "Zhuravlev", "Schurawljow", "Zhuravlyov"),
    ("Фёдор", "Fedor", "Fjodor", "Fyodor"),
    ("Пётр", "Petr", "Pjotr", "Pyotr"),
    ("Артём", "Artem", "Artjom", "Artyom"),
    ("Алёна", "Alena", "Aljona", "Alyona"),
    ("Королёва", "Koroleva", "Koroljowa", "Korolyova"),
    ("Горбачёв", "Gorbachev", "Gorbatschow"),
    ("Хрущёв", "Khrushchev", "Chruschtschow"),
    ("Михаил", "Mikhail", "Michail"),
    ("Кузнецов", "Kuznetsov", "Kusnezow"),
    ("Зайцев", "Zaitsev", "Saizew"),
    ("Шевченко", "Shevchenko", "Schewtschenko"),
    ("Чайковский", "Chaikovskii", "Tschaikowski", "Tchaikovsky"),
    ("Щукин", "Shchukin", "Schtschukin"),
    ("Ершов", "Ershov", "Jerschow"),
    # й / ю / я / ь / е after vowels and at the start
    ("Дмитрий", "Dmitrii", "Dmitri", "Dmitry", "Dmitriy"),
    ("Евгений", "Evgenii", "Jewgeni", "Yevgeniy", "Evgeny"),
    ("Андрей", "Andrei", "Andrej", "Andrey"),
    ("Алексей", "Aleksei", "Alexej", "Alexei", "Alexey"),
    ("Николай", "Nikolai", "Nikolaj", "Nikolay"),
    ("Юлия", "Iuliia", "Julija", "Yuliya", "Yulia"),
    ("Ксения", "Kseniia", "Xenija", "Kseniya", "Ksenia"),
    ("Наталья", "Natalia", "Natalja", "Natalya"),
    ("Дарья", "Daria", "Darja", "Darya"),
    ("Софья", "Sofia", "Sofja", "Sofya", "Sophia"),
    ("Майя", "Maiia", "Maja", "Maya"),
    ("Илья", "Ilia", "Ilja", "Ilya"),
    ("Ильин", "Ilin", "Iljin", "Ilyin"),
    ("Рябинин", "Riabinin", "Rjabinin", "Ryabinin"),
    ("Елена", "Elena", "Jelena", "Yelena"),
    ("Екатерина", "Ekaterina", "Jekaterina", "Yekaterina"),
    ("Воробьёв", "Vorobev", "Worobjow", "Vorobyov"),
    ("Тимофеев", "Timofeev", "Timofejew", "Timofeyev"),
    ("Афанасьева", "Afanaseva", "Afanasjewa", "Afanasyeva"),
    ("Достоевский", "Dostoevskii", "Dostojewski", "Dostoyevsky"),
    ("Киселёв", "Kiselev", "Kisseljow", "Kiselyov"),
    ("Максим", "Maksim", "Maxim"),
    ("Ёлкина", "Elkina"),
    # Ukrainian letters
    ("Ігор", "Igor"),
    # German: umlauts written out or dropped, ß, common spelling variants
    ("Bärbel", "Baerbel", "Barbel"),
    ("Jörg", "Joerg", "Jorg"),
    ("Günther", "Guenther", "Gunther", "Gunter"),
    ("Köhler", "Koehler", "Kohler"),
    ("Rößler", "Roessler", "Rössler", "Rossler"),
    ("Weißbach", "Weissbach"),
    ("Maier", "Meier", "Mayer", "Meyer"),
    ("Schmidt", "Schmitt"),
    ("Stephan", "Stefan"),
    ("Iwanoff", "Ivanov", "Иванов"),
    # Polish and French accents
    ("Wałęsa", "Walesa"),
    ("Łukasz", "Lukasz"),
    ("Żółkiewski", "Zolkiewski"),
    ("Hélène", "Helene"),
    ("François", "Francois"),
    ("Zoë", "Zoe"),
]

# Names that must stay apart.
DIFFERENT = [
    ("Ivanov", "Ivanova"),
    ("Иванов", "Иванова"),
    ("Semenov", "Semenova"),
    ("Maier", "Müller"),
    ("Müller", "Möller"),
    ("Schmidt", "Schmitz"),
    ("Schulz", "Schulze"),
    ("Anna", "Anja"),
    ("Juri", "Julia"),
    ("Semenov", "Simonov"),
    ("Petrov", "Popov"),
    ("Bär", "Beer"),
    ("Ольга", "Олег"),
    ("Lena", "Lina"),
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda group: group[0])
def test_spellings_of_one_name_share_a_skeleton(spellings):
    keys = {spelling: skeleton(spelling) for spelling in spellings}
    assert len(set(keys.values())) == 1, keys
    assert next(iter(keys.values())).isascii()


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_different_names_keep_different_skeletons(one, other):
    assert skeleton(one) != skeleton(other)


def test_examples_from_the_docstrings():
    assert skeleton("Семёнов") == skeleton("Semjonow") == "semenov"
    assert skeleton("Müller") == "muler"
    assert skeleton("Щербаков") == "shcherbakov"


def test_skeleton_works_word_by_word():
    assert skeleton("Anna-Lena Müller") == f"{skeleton('Anna')} lena muler"
    assert skeleton("Иванова Ольга") == skeleton("Ivanova, Olga") == "ivanova olga"
    assert skeleton("") == skeleton("  - ") == ""
    assert skeleton("Schule 42") == "shule 42"


def test_skeleton_keeps_digits_as_they_are():
    assert skeleton("0351 11") == "0351 11"


def test_words_split_on_everything_but_letters_and_digits():
    assert words("Müller-Lüdenscheidt, O'Brien") == ["Müller", "Lüdenscheidt", "O", "Brien"]
    assert words("olga@example.ru +7 (911) 12_3") == ["olga", "example", "ru", "7", "911",
                                                     "12", "3"]
    assert words("Семёнов Юрий") == ["Семёнов", "Юрий"]
    assert words("") == []


def test_words_see_decomposed_letters_as_one_word():
    decomposed = "Mu\u0308ller"  # ü written as u + combining diaeresis
    assert words(decomposed) == ["Müller"]
    assert skeleton(decomposed) == "muler"


@pytest.mark.parametrize(
    ("given", "family", "icao", "german"),
    [
        ("Юрий", "Семёнов", ("Iurii", "Semenov"), ("Juri", "Semjonow")),
        ("Алексей", "Щербаков", ("Aleksei", "Shcherbakov"), ("Alexei", "Schtscherbakow")),
        ("Ксения", "Журавлёва", ("Kseniia", "Zhuravleva"), ("Xenija", "Schurawljowa")),
        ("Майя", "Воробьёва", ("Maiia", "Vorobeva"), ("Maja", "Worobjowa")),
        ("Андрей", "Горбачёв", ("Andrei", "Gorbachev"), ("Andrei", "Gorbatschow")),
        ("Евгений", "Чуйков", ("Evgenii", "Chuikov"), ("Jewgeni", "Tschuikow")),
        ("Юлия", "Соловьёва", ("Iuliia", "Soloveva"), ("Julija", "Solowjowa")),
        ("Дарья", "Афанасьева", ("Daria", "Afanaseva"), ("Darja", "Afanasjewa")),
        ("Василий", "Новороссийский", ("Vasilii", "Novorossiiskii"),
         ("Wassili", "Noworossijski")),
        ("Наталья", "Ильина-Кисель", ("Natalia", "Ilina-Kisel"), ("Natalja", "Iljina-Kissel")),
        ("Елена", "Ёлкина", ("Elena", "Elkina"), ("Jelena", "Jolkina")),
        ("Пётр", "Хрущёв", ("Petr", "Khrushchev"), ("Pjotr", "Chruschtschow")),
    ],
)
def test_latin_suggestions_icao_and_german(given, family, icao, german):
    assert latin_suggestions(given, family) == {"icao": icao, "german": german}


def test_latin_suggestions_keep_the_case_pattern_and_latin_letters():
    assert latin_suggestions("ЮРИЙ", "ЩЕРБАКОВ") == {
        "icao": ("IURII", "SHCHERBAKOV"), "german": ("JURI", "SCHTSCHERBAKOW")}
    assert latin_suggestions("Anna", "") == {"icao": ("Anna", ""), "german": ("Anna", "")}
    assert latin_suggestions(" Юрий ", "")["german"] == ("Juri", "")


def test_suggested_spellings_meet_the_native_name():
    for given, family in [("Юрий", "Семёнов"), ("Ксения", "Щербакова"), ("Фёдор", "Журавлёв")]:
        for scheme in ("icao", "german"):
            latin_given, latin_family = latin_suggestions(given, family)[scheme]
            assert skeleton(f"{latin_given} {latin_family}") == skeleton(f"{given} {family}")
