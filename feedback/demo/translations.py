"""The demo youth survey in Polish and Urdu, offered to respondents, as staff would translate it.

Keys are those of `surveys.translation`. Option values stay in English, so answers given in any
language count towards the same question.
"""

from __future__ import annotations

from collections.abc import Mapping

from feedback.definitions import definition_from_survey
from feedback.languages.services import missing_keys, save_translation, updated
from feedback.models import Survey

POLISH = {
    "title": "Powiedz, co myślisz: ankieta dla młodych ludzi",
    "purpose": (
        "Ta ankieta jest dla dzieci i młodych ludzi ze specjalnymi potrzebami edukacyjnymi lub "
        "z niepełnosprawnościami (SEND).\n"
        "Napisało ją forum młodzieżowe. Chcemy wiedzieć, jak wygląda dla Ciebie szkoła, college "
        "i wsparcie. Możesz poprosić kogoś o pomoc w odpowiadaniu. Nie musisz podawać swojego "
        "imienia."
    ),
    "what_happens_next": (
        "Forum młodzieżowe przeczyta Twoje odpowiedzi razem z urzędem (council) i NHS.\n"
        "Powiemy Ci, co zmieniliśmy dzięki Twoim odpowiedziom, na stronie lokalnej oferty "
        "(local offer) i na spotkaniach forum młodzieżowego."
    ),
    "section:1:title": "O Tobie",
    "question:age:text": "Ile masz lat?",
    "question:age:easy_read": "Wybierz, ile masz lat.",
    "question:age:option:10-or-under": "10 lat lub mniej",
    "question:age:option:11-to-15": "Od 11 do 15 lat",
    "question:age:option:16-to-25": "Od 16 do 25 lat",
    "question:learning-place:text": "Gdzie się uczysz?",
    "question:learning-place:easy_read": "Dokąd chodzisz w ciągu dnia, żeby się uczyć?",
    "question:learning-place:option:school": "Do szkoły",
    "question:learning-place:option:college": "Do college'u",
    "question:learning-place:option:not-learning": ("Teraz nie chodzę do szkoły ani do college'u"),
    "section:2:title": "Szkoła lub college",
    "question:feel-safe:text": "Czy czujesz się bezpiecznie w szkole lub w college'u?",
    "question:feel-safe:easy_read": "Czy czujesz się bezpiecznie tam, gdzie się uczysz?",
    "question:feel-safe:picture_alt": "Niebieska tarcza z białym znakiem zaznaczenia",
    "question:help-to-learn:text": "Jak oceniasz pomoc, którą dostajesz w nauce?",
    "question:help-to-learn:easy_read": "Jaka jest pomoc w nauce?",
    "question:help-to-learn:picture_alt": "Otwarta książka",
    "question:trusted-adult:text": (
        "Czy w szkole lub w college'u jest dorosły, z którym możesz porozmawiać, kiedy się "
        "martwisz?"
    ),
    "question:trusted-adult:easy_read": (
        "Czy jest dorosły, z którym możesz porozmawiać, kiedy się martwisz?"
    ),
    "question:trusted-adult:picture_alt": "Dwa dymki, jak w rozmowie",
    "question:sent-home:text": (
        "Czy w tym roku odesłano Cię wcześniej do domu albo powiedziano Ci, żeby nie przychodzić?"
    ),
    "question:sent-home:easy_read": (
        "Czy w tym roku odesłano Cię wcześniej do domu ze szkoły lub z college'u?"
    ),
    "question:school-score:text": (
        "Jak dobra jest dla Ciebie szkoła lub college, od 0 (bardzo źle) do 10 (bardzo dobrze)?"
    ),
    "question:school-score:easy_read": (
        "Wybierz liczbę. 0 znaczy bardzo źle. 10 znaczy bardzo dobrze."
    ),
    "section:3:title": "Czy ktoś Cię słucha",
    "question:adults-listen:text": "Czy dorośli słuchają, czego chcesz?",
    "question:adults-listen:easy_read": "Czy dorośli Cię słuchają?",
    "question:adults-listen:picture_alt": "Ucho, które słyszy dźwięki",
    "question:adults-listen:option:yes": "Tak",
    "question:adults-listen:option:sometimes": "Czasami",
    "question:adults-listen:option:no": "Nie",
    "question:support-meeting:text": (
        "Czy było spotkanie o Twoim wsparciu, na którym byłeś lub byłaś, na przykład coroczny "
        "przegląd (annual review)?"
    ),
    "question:support-meeting:easy_read": (
        "Czy byłeś lub byłaś na spotkaniu o Tobie i o pomocy dla Ciebie?"
    ),
    "question:had-a-say:text": "Czy na spotkaniu mogłeś lub mogłaś powiedzieć, co myślisz?",
    "question:had-a-say:easy_read": "Czy na spotkaniu udało Ci się powiedzieć, co myślisz?",
    "question:had-a-say:option:yes": "Tak",
    "question:had-a-say:option:a-bit": "Trochę",
    "question:had-a-say:option:no": "Nie",
    "question:waiting-for-help:text": (
        "Czy czekasz na pomoc, na przykład na terapię mowy albo na CAMHS?"
    ),
    "question:waiting-for-help:hint": (
        "CAMHS to służba, która pomaga w sprawach uczuć i zdrowia psychicznego."
    ),
    "question:waiting-for-help:easy_read": "Czy czekasz, aż ktoś Ci pomoże?",
    "question:waiting-for-help:picture_alt": "Zegar, który oznacza czekanie",
    "section:4:title": "Twoja przyszłość",
    "question:after-school:text": "Co chcesz robić, kiedy skończysz szkołę?",
    "question:after-school:hint": "Zaznacz wszystkie odpowiedzi, które pasują.",
    "question:after-school:easy_read": (
        "Co chcesz robić, kiedy będziesz starszy lub starsza? Możesz wybrać więcej niż jedno."
    ),
    "question:after-school:option:college": "Pójść do college'u",
    "question:after-school:option:job": "Znaleźć pracę",
    "question:after-school:option:apprenticeship": "Zacząć praktykę zawodową (apprenticeship)",
    "question:after-school:option:university": "Pójść na studia",
    "question:after-school:option:dont-know": "Jeszcze nie wiem",
    "question:future-talk:text": (
        "Czy ktoś rozmawiał z Tobą o tym, co chcesz robić, kiedy będziesz starszy lub starsza?"
    ),
    "question:future-talk:easy_read": "Czy ktoś rozmawiał z Tobą o Twojej przyszłości?",
    "question:things-you-enjoy:text": (
        "Czy poza szkołą robisz rzeczy, które lubisz, na przykład chodzisz do klubów albo na "
        "krótkie pobyty wytchnieniowe (short breaks)?"
    ),
    "question:things-you-enjoy:easy_read": (
        "Czy po szkole chodzisz do klubów albo robisz fajne rzeczy?"
    ),
    "question:things-you-enjoy:picture_alt": "Żółta gwiazda",
    "question:one-thing:text": "Jaka jedna rzecz sprawiłaby, że byłoby Ci lepiej?",
    "question:one-thing:easy_read": (
        "Co sprawiłoby, że byłoby Ci lepiej? Możesz to napisać albo poprosić kogoś o pomoc."
    ),
}

URDU = {
    "title": "اپنی رائے دیں: نوجوانوں کا سروے",
    "purpose": (
        "یہ سروے خصوصی تعلیمی ضروریات یا معذوری (SEND) والے بچوں اور نوجوانوں کے لیے ہے۔\n"
        "اسے یوتھ فورم نے لکھا ہے۔ ہم جاننا چاہتے ہیں کہ آپ کے لیے اسکول، کالج اور مدد کیسی ہے۔ "
        "جواب دینے کے لیے آپ کسی سے مدد مانگ سکتے ہیں۔ آپ کو اپنا نام بتانے کی ضرورت نہیں۔"
    ),
    "what_happens_next": (
        "یوتھ فورم کونسل اور NHS کے ساتھ مل کر آپ کی باتیں پڑھے گا۔\n"
        "آپ کے جوابات کی وجہ سے ہم نے جو بدلا، وہ ہم آپ کو لوکل آفر پر اور یوتھ فورم کی میٹنگز "
        "میں بتائیں گے۔"
    ),
    "section:1:title": "آپ کے بارے میں",
    "question:age:text": "آپ کی عمر کتنی ہے؟",
    "question:age:easy_read": "اپنی عمر چنیں۔",
    "question:age:option:10-or-under": "10 سال یا اس سے کم",
    "question:age:option:11-to-15": "11 سے 15 سال",
    "question:age:option:16-to-25": "16 سے 25 سال",
    "question:learning-place:text": "آپ پڑھنے کے لیے کہاں جاتے ہیں؟",
    "question:learning-place:easy_read": "آپ دن میں پڑھنے کے لیے کہاں جاتے ہیں؟",
    "question:learning-place:option:school": "اسکول",
    "question:learning-place:option:college": "کالج",
    "question:learning-place:option:not-learning": "میں ابھی اسکول یا کالج نہیں جاتا یا جاتی",
    "section:2:title": "اسکول یا کالج",
    "question:feel-safe:text": "کیا آپ اسکول یا کالج میں محفوظ محسوس کرتے ہیں؟",
    "question:feel-safe:easy_read": "کیا آپ پڑھنے کی جگہ پر محفوظ محسوس کرتے ہیں؟",
    "question:feel-safe:picture_alt": "ایک نیلی ڈھال جس پر سفید ٹِک کا نشان ہے",
    "question:help-to-learn:text": "پڑھنے کے لیے ملنے والی مدد کے بارے میں آپ کیسا محسوس کرتے ہیں؟",
    "question:help-to-learn:easy_read": "پڑھنے میں مدد کیسی ہے؟",
    "question:help-to-learn:picture_alt": "ایک کھلی کتاب",
    "question:trusted-adult:text": (
        "کیا اسکول یا کالج میں کوئی بڑا ہے جس سے آپ پریشانی کے وقت بات کر سکیں؟"
    ),
    "question:trusted-adult:easy_read": "کیا کوئی بڑا ہے جس سے آپ پریشان ہونے پر بات کر سکیں؟",
    "question:trusted-adult:picture_alt": "بات چیت کے دو غبارے، جیسے لوگ بات کر رہے ہوں",
    "question:sent-home:text": ("اس سال، کیا آپ کو جلدی گھر بھیجا گیا یا آنے سے منع کیا گیا؟"),
    "question:sent-home:easy_read": "اس سال، کیا آپ کو اسکول یا کالج سے جلدی گھر بھیجا گیا؟",
    "question:school-score:text": (
        "0 (بہت برا) سے 10 (بہت اچھا) تک، اسکول یا کالج آپ کے لیے کتنا اچھا ہے؟"
    ),
    "question:school-score:easy_read": (
        "ایک نمبر چنیں۔ 0 کا مطلب بہت برا ہے۔ 10 کا مطلب بہت اچھا ہے۔"
    ),
    "section:3:title": "کیا آپ کی بات سنی جاتی ہے",
    "question:adults-listen:text": "کیا بڑے سنتے ہیں کہ آپ کیا چاہتے ہیں؟",
    "question:adults-listen:easy_read": "کیا بڑے آپ کی بات سنتے ہیں؟",
    "question:adults-listen:picture_alt": "ایک کان جو آوازیں سن رہا ہے",
    "question:adults-listen:option:yes": "ہاں",
    "question:adults-listen:option:sometimes": "کبھی کبھی",
    "question:adults-listen:option:no": "نہیں",
    "question:support-meeting:text": (
        "کیا آپ اپنی مدد کے بارے میں کسی میٹنگ میں گئے ہیں، جیسے سالانہ جائزہ (annual review)؟"
    ),
    "question:support-meeting:easy_read": (
        "کیا آپ اپنے اور اپنی مدد کے بارے میں کسی میٹنگ میں گئے ہیں؟"
    ),
    "question:had-a-say:text": "میٹنگ میں، کیا آپ کو اپنی بات کہنے کا موقع ملا؟",
    "question:had-a-say:easy_read": "میٹنگ میں، کیا آپ بتا سکے کہ آپ کیا سوچتے ہیں؟",
    "question:had-a-say:option:yes": "ہاں",
    "question:had-a-say:option:a-bit": "تھوڑا سا",
    "question:had-a-say:option:no": "نہیں",
    "question:waiting-for-help:text": (
        "کیا آپ مدد کا انتظار کر رہے ہیں، جیسے اسپیچ تھراپی یا CAMHS؟"
    ),
    "question:waiting-for-help:hint": ("CAMHS وہ سروس ہے جو احساسات اور ذہنی صحت میں مدد کرتی ہے۔"),
    "question:waiting-for-help:easy_read": "کیا آپ کسی سے مدد ملنے کا انتظار کر رہے ہیں؟",
    "question:waiting-for-help:picture_alt": "ایک گھڑی، انتظار کی نشانی",
    "section:4:title": "آپ کا مستقبل",
    "question:after-school:text": "اسکول ختم کرنے کے بعد آپ کیا کرنا چاہتے ہیں؟",
    "question:after-school:hint": "جو جواب بھی آپ پر لاگو ہوں، سب چنیں۔",
    "question:after-school:easy_read": (
        "بڑے ہو کر آپ کیا کرنا چاہتے ہیں؟ آپ ایک سے زیادہ چن سکتے ہیں۔"
    ),
    "question:after-school:option:college": "کالج جانا",
    "question:after-school:option:job": "نوکری کرنا",
    "question:after-school:option:apprenticeship": "اپرنٹس شپ کرنا",
    "question:after-school:option:university": "یونیورسٹی جانا",
    "question:after-school:option:dont-know": "مجھے ابھی معلوم نہیں",
    "question:future-talk:text": ("کیا کسی نے آپ سے بات کی ہے کہ آپ بڑے ہو کر کیا کرنا چاہتے ہیں؟"),
    "question:future-talk:easy_read": "کیا کسی نے آپ سے آپ کے مستقبل کے بارے میں بات کی ہے؟",
    "question:things-you-enjoy:text": (
        "کیا آپ اسکول کے باہر اپنی پسند کے کام کرتے ہیں، جیسے کلب یا شارٹ بریکس؟"
    ),
    "question:things-you-enjoy:easy_read": (
        "کیا آپ اسکول کے بعد کلب جاتے ہیں یا مزے کے کام کرتے ہیں؟"
    ),
    "question:things-you-enjoy:picture_alt": "ایک پیلا ستارہ",
    "question:one-thing:text": "کون سی ایک چیز آپ کے لیے حالات بہتر بنا دے گی؟",
    "question:one-thing:easy_read": (
        "آپ کے لیے کیا چیز حالات بہتر بنا دے گی؟ آپ اسے لکھ سکتے ہیں، یا کسی سے مدد مانگ سکتے ہیں۔"
    ),
}

TRANSLATIONS: dict[str, dict[str, dict[str, str]]] = {
    "have-your-say-young-people": {"pl": POLISH, "ur": URDU},
}
"""Translations by survey slug, then language."""


def load_translations(surveys: Mapping[str, Survey]) -> None:
    """Store and offer each demo translation of the demo `surveys` (by slug), not committed.
    Raises ValueError if one misses a string of its survey: the demo never offers half a
    translation."""
    for slug, languages in TRANSLATIONS.items():
        survey = surveys[slug]
        definition = definition_from_survey(survey)
        for language, strings in languages.items():
            kept = updated(definition, {}, strings)
            if gaps := missing_keys(definition, kept):
                raise ValueError(f"the demo {language} translation of ‘{slug}’ misses {gaps}")
            save_translation(survey, language, kept, offered=True)
