"""Function words that cannot start or end a term candidate.

Short built-in lists for the project's languages; for any other language the words found in
more than 40% of at least 50 segments count as function words.
"""

from __future__ import annotations

from collections import Counter

from workbench.glossary.morphology import base_language
from workbench.glossary.normalize import tokenize

_WORDS = {
    "en": """a an the and or but nor of to in on at by for from with without within into onto
        over under about above after before during since until as than then that this these those
        there here it its it's he she they them their his her our we us you your i me my
        is are was were be been being am has have had do does did will would shall should can
        could may might must not no yes so such very more most less least much many some any all
        both each every either neither other another which who whom whose what when where why
        how also only just even well too again further once one two three four five against
        between through among including despite according per via while if because although
        though whether up down out off
        """,
    "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по
        только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже
        или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они
        тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под
        будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем
        чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после
        над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо
        свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между
        также это эта эти которые который которых которым также против""",
    "uk": """і й та в у на з із зі до від для по про при над під за без через між це цей ця ці
        той та ті що як але або чи не ні так також тому який яка яке які яких якими він вона
        воно вони їх його її ми ви я ти бути був була були було є ще вже лише тільки після перед
        проти щодо""",
    "be": """і й ды у ў на з са да ад для па пра пры над пад за без праз паміж гэта гэты гэтая
        гэтыя той тая тыя што як але або ці не ні так таксама таму які якая якое якія якіх якімі
        ён яна яно яны іх яго яе мы вы я ты быць быў была былі было ёсць яшчэ ўжо толькі пасля
        перад супраць адносна""",
    "de": """der die das den dem des ein eine einer eines einem einen und oder aber nicht kein
        keine zu zum zur in im ins an am auf aus bei mit nach von vom vor für über unter durch
        gegen ohne um als wie so auch nur noch schon sehr mehr ist sind war waren sein hat haben
        wird werden wurde wurden kann können muss müssen soll sollen es er sie wir ihr ich du
        ihre ihren ihrer sich dass daß sowie""",
    "fr": """le la les l un une des du de d et ou mais ne pas ni à au aux en dans sur sous par
        pour avec sans chez entre vers contre que qui quoi dont où ce cet cette ces son sa ses
        leur leurs notre nos il elle ils elles nous vous on est sont été être a ont avait avoir
        fait plus moins très aussi comme si y se s qu""",
}


# Function words that may stand inside a term ("freedom of association", "droit de grève").
_CONNECTORS = {"en": "of for", "fr": "de du des d à", "de": "für von", "es": "de del",
               "it": "di del della", "pt": "de do da"}


def connectors(lang: str) -> frozenset[str]:
    return frozenset(_CONNECTORS.get(base_language(lang), "").split())


def builtin(lang: str) -> frozenset[str]:
    return frozenset(_WORDS.get(base_language(lang), "").split())


def stopwords(lang: str, segments: list[str]) -> frozenset[str]:
    """Built-in function words of ``lang`` plus the corpus's own most widespread words."""
    words = set(builtin(lang))
    unique = list(dict.fromkeys(segments))
    # Only where there is no list: the theme of a small corpus ("union") is not a function word.
    if not words and len(unique) >= 50:
        spread: Counter[str] = Counter()
        for text in unique:
            spread.update({t.norm for t in tokenize(text)})
        words.update(w for w, n in spread.items() if n > 0.4 * len(unique))
    return frozenset(words)
