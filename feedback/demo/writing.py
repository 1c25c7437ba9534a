"""Writing believable free-text answers from topics, sentence templates and fillers.

A comment mixes sentences from a topic (a complaint, a detail, something that would help, or
praise), with placeholders such as {child} or {months} filled at random, so a couple of thousand
comments rarely repeat word for word. How positive a comment is follows the respondent's mood,
so comments agree with their scale answers.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from surveys.model import Answer, Question

POSITIVE_FROM = 0.6
NEGATIVE_BELOW = -0.2
MOOD_WOBBLE = 0.4
PLANTED_CHANCE = 0.012
"""About 1 in 80 comments carries a planted personal detail (see `CommentBank.planted`)."""


@dataclass(frozen=True)
class Topic:
    """Something respondents write about, as sentences to mix and match.

    `when` names an earlier answer, (question key, option value), that makes people who gave it
    much more likely to write about this topic (and others less likely).
    """

    complaints: tuple[str, ...] = ()
    praise: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    when: tuple[str, str] | None = None
    weight: float = 1.0


@dataclass(frozen=True)
class Child:
    """A child a parent writes about, with the words that refer back to them."""

    noun: str
    they: str
    them: str
    their: str
    theyre: str


CHILDREN = (
    *(Child(noun, "he", "him", "his", "he's") for noun in ("my son", "our son", "my grandson")),
    *(Child(n, "she", "her", "her", "she's") for n in ("my daughter", "our daughter")),
    *(Child(noun, "they", "them", "their", "they're") for noun in ("my child", "my youngest")),
    Child("my eldest", "he", "him", "his", "he's"),
    Child("my stepdaughter", "she", "her", "her", "she's"),
)


@dataclass(frozen=True)
class CommentBank:
    """How one audience writes: its topics, fillers, and the odd extra sentence.

    fillers: values for placeholders like {months}; with `has_child`, {child}, {they}, {them},
        {their} and {theyre} (and capitalised forms) refer to one child throughout a comment.
    openers: a sentence that sometimes starts a negative comment.
    connectors: start the second half of a mixed comment ("But ...").
    thanks, frustrations: sentences that sometimes end a positive or a negative comment.
    keep_going, content: what a happy respondent asks for; how a happy
        respondent starts an answer to a question asking what would help (`ask_keys`).
    few_words: short-text answers by tone ("positive", "mixed", "negative").
    max_extra: how many sentences a negative comment adds to its complaint.
    planted: sentences carrying made-up personal details (fictional names, Ofcom drama-range
        phone numbers, example.com emails), DELIBERATELY planted in a few comments so that
        redaction features have something realistic to find. They are not real people.
    """

    topics: tuple[Topic, ...]
    fillers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    openers: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ("But",)
    thanks: tuple[str, ...] = ()
    frustrations: tuple[str, ...] = ()
    keep_going: tuple[str, ...] = ()
    content: tuple[str, ...] = (
        "Not much, to be honest.",
        "Very little at the moment.",
        "Nothing major.",
        "Things are going well for us now.",
    )
    few_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    planted: tuple[str, ...] = ()
    ask_keys: frozenset[str] = frozenset()
    max_extra: int = 2
    has_child: bool = False

    def write(
        self, rng: random.Random, question: Question, mood: float, answers: Mapping[str, Answer]
    ) -> str:
        """A free-text answer to `question` from a respondent with `mood`."""
        tone = _tone(mood + rng.gauss(0, MOOD_WOBBLE))
        if question.type == "short_text":
            return rng.choice(self.few_words[tone])
        writer = _Writer(self, rng, answers)
        sentences = writer.comment(tone, question.key in self.ask_keys)
        if self.planted and rng.random() < PLANTED_CHANCE:
            sentences.append(writer.say(rng.choice(self.planted)))
        return " ".join(sentences)


def _tone(mood: float) -> str:
    if mood >= POSITIVE_FROM:
        return "positive"
    if mood < NEGATIVE_BELOW:
        return "negative"
    return "mixed"


def _lower_first(sentence: str) -> str:
    """`sentence` with its first letter lowercased, unless the first word is "I" or an acronym."""
    first = sentence.split(" ", 1)[0].strip(",.'’")
    if first in ("I", "I'm", "I've", "I'd") or first[:2].isupper():
        return sentence
    return sentence[0].lower() + sentence[1:]


class _Fill(dict):
    """Placeholder values, each chosen at random the first time a comment uses it."""

    def __init__(self, bank: CommentBank, rng: random.Random) -> None:
        super().__init__()
        self.fillers = bank.fillers
        self.rng = rng
        if bank.has_child:
            child = rng.choice(CHILDREN)
            words = {
                "child": child.noun,
                "they": child.they,
                "them": child.them,
                "their": child.their,
                "theyre": child.theyre,
            }
            for key, value in words.items():
                self[key] = value
                self[key.capitalize()] = value[0].upper() + value[1:]

    def __missing__(self, key: str) -> str:
        if key not in self.fillers:
            raise KeyError(key)
        value = self.rng.choice(self.fillers[key])
        self[key] = value
        return value


class _Writer:
    """Chooses the sentences of one comment."""

    def __init__(
        self, bank: CommentBank, rng: random.Random, answers: Mapping[str, Answer]
    ) -> None:
        self.bank = bank
        self.rng = rng
        self.answers = answers
        self.fill = _Fill(bank, rng)

    def say(self, template: str) -> str:
        """`template` filled in; each placeholder keeps its value within a comment."""
        text = template.format_map(self.fill)
        return text[0].upper() + text[1:] if template.startswith("{") else text

    def _pick(self, options: tuple[str, ...]) -> str:
        return self.say(self.rng.choice(options))

    def _topic(self, needs: str, avoid: Topic | None = None) -> Topic:
        candidates = [t for t in self.bank.topics if getattr(t, needs) and t is not avoid]
        weights = [t.weight * self._relevance(t) for t in candidates]
        return self.rng.choices(candidates, weights=weights)[0]

    def _relevance(self, topic: Topic) -> float:
        if topic.when is None:
            return 1.0
        key, value = topic.when
        answer = self.answers.get(key)
        return 4.0 if answer is not None and value in answer.choices else 0.25

    def _maybe(self, chance: float, options: tuple[str, ...]) -> list[str]:
        return [self._pick(options)] if options and self.rng.random() < chance else []

    def comment(self, tone: str, asks_for_change: bool) -> list[str]:
        """The sentences of a comment in `tone`; led by what would help, if that was asked."""
        if tone == "positive":
            return self._positive(asks_for_change)
        if tone == "mixed":
            return self._mixed()
        return self._negative(asks_for_change)

    def _positive(self, asks_for_change: bool) -> list[str]:
        topic = self._topic("praise")
        if asks_for_change and self.bank.keep_going and self.rng.random() < 0.5:
            return [self._pick(self.bank.keep_going)]
        sentences = [self._pick(self.bank.content)] if asks_for_change else []
        sentences.append(self._pick(topic.praise))
        if self.rng.random() < 0.25:
            sentences.append(self._pick(self._topic("praise", avoid=topic).praise))
        return sentences + self._maybe(0.35, self.bank.thanks)

    def _mixed(self) -> list[str]:
        good = self._topic("praise")
        bad = self._topic("complaints", avoid=good)
        connector = self.rng.choice(self.bank.connectors)
        complaint = self._pick(bad.complaints)
        sentences = [self._pick(good.praise), f"{connector} {_lower_first(complaint)}"]
        return sentences + self._maybe(0.4, bad.asks)

    def _negative(self, asks_for_change: bool) -> list[str]:
        topic = self._topic("complaints")
        if asks_for_change and topic.asks:
            return [self._pick(topic.asks), *self._maybe(0.5, topic.complaints)]
        sentences = [*self._maybe(0.15, self.bank.openers), self._pick(topic.complaints)]
        extra = self._maybe(0.6, topic.details) + self._maybe(0.5, topic.asks)
        return sentences + extra[: self.bank.max_extra] + self._maybe(0.35, self.bank.frustrations)
