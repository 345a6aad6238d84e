"""The extraction pipeline: article text in, figures with attribution out.

text -> sentences (``sentences``) -> number mentions (``numbers``) -> readings with
category, hedge and side (``figures``), kept where the sentence or article is about war
(``war_context``) -> claimant from the sentence's reporting clauses, resolved across
the article (``attribution``) -> one row per distinct figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from .attribution import Attribution, find_attributions, is_top_level
from .claimants import ClaimantResolver
from .counts import describe_counts
from .figure import Figure
from .figures import Reading, read_sentence
from .lexicon.places import INSURGENT_GROUPS
from .numbers import find_numbers
from .sentences import Sentence, split_sentences
from .sides import MIXED, claimant_side, most_named, side_counts, side_named, speaker_side
from .war_context import WarContext

# A sentence that opens like this continues the previous sentence's claim
# ("That includes ...", "Among the dead are ...").
_ANAPHORIC_OPENING = regex.compile(
    r"^(?:That|This|These|Those|The\s+(?:count|tally|toll|total|figures?|numbers?|dead|largest\s+numbers?)|"
    r"Of\s+(?:those|these|them|the\s+dead)|Among\s+(?:them|the\s+dead)|Including|In\s+all|In\s+total|"
    r"Another|A\s+further|(?:[\w,-]+\s+){1,4}of\s+(?:those|them|these|whom)\b)\b"
)
# "The figures were compiled by X": X claims the unattributed figures just before.
_BACK_ATTRIBUTION = regex.compile(
    r"^The\s+(?:(?:higher|new|latest|updated|revised|final|earlier|lower)\s+)?(?:figures?|count|tally|toll|numbers?|"
    r"data)\s+(?:were|was|had\s+been|have\s+been)\s+(?:compiled|collected|gathered|provided|released|given|"
    r"put\s+together|drawn\s+up|announced|published|issued|reported)\s+(?:[\w-]+\s+){0,4}?by\s+(?P<np>[^,.;]+)"
)


# A cheap test that a sentence may hold a number, before the full number scan.
_NUMBER_HINT = regex.compile(
    r"\d|teen\b|ty\b|ty-|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ee]leven|[Tt]welve|[Hh]undred|[Tt]housand|[Mm]illion|[Dd]ozen|[Ss]core)"
)
# Nouns for a state's own forces: a military speaking of these speaks of its own
# ("Israel's military said five soldiers were wounded"); fighters or militants are the enemy's.
_STATE_FORCE = regex.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|service\s+members|personnel|officers|"
    r"conscripts|reservists|sailors|airmen|marines|crew)\b",
    regex.I,
)
# People no state claims: unnamed, they are the insurgent group the article is about, or nobody's.
_INSURGENTS = regex.compile(r"\b(?:militants?|insurgents?|jihadists?|terrorists?|gunmen|extremists?)\b", regex.I)
# People of several sides at once: no single side.
_SEVERAL_SIDES = regex.compile(r"\b(?:international|multinational|multi-national|each\s+side|both\s+sides)\b", regex.I)
# An answer in an interview printed as questions and answers.
_ANSWER = regex.compile(r"^(?:A|Answer)\s*[:.]\s")
_RETRACTED = regex.compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave)\b")
# A quotation that goes on after its speaker was named: its sentences are the speaker's.
_OPENS_QUOTE = regex.compile(r'^["“]')
_QUOTE_MARK = regex.compile(r'["“”]')
_IN_RELATIVE_CLAUSE = regex.compile(r"(?r)\b(?:that|which)\s+$")
_CLOSING_ATTRIBUTION = regex.compile(r"(?r)[,\"”’'(—–:-]\s*$")
_FOLD = regex.compile(r"[^\w\s-]|\b(?:the|mr|mrs|ms|dr)\b")  # as the scorer folds names
Meta = dict[str, str]  # an article's title, publisher, published and url


@dataclass
class _Article:
    """What reading an article carries from one sentence to the next."""

    text: str
    title: str = ""
    previous_claimant: str | None = None  # for "That includes ...", "Another 15 ..."
    quote_speaker: tuple[int, str] | None = None  # (paragraph, name) of the last quote given a speaker
    answer_paragraph: int = -1  # an interview's answer ("A: About 600."): the interviewee speaks
    topic: tuple[int, str] | None = None  # (paragraph, category) of the last figure read
    last_side: str | None = None
    last_side_paragraph: int = -1  # where ``last_side`` was last given
    counts: dict[str, int] | None = None  # how often the article names each side, when first needed
    # The country each claimant speaks for, from how the article first describes them:
    # "Lebanon's health minister said ..." then "Firass Abiad told reporters ...".
    speaker_sides: dict[str, str] = field(default_factory=dict)

    def _side_counts(self) -> dict[str, int]:
        if self.counts is None:
            self.counts = side_counts(self.text, self.title)
        return self.counts

    def side_for(
        self, reading: Reading, sentence: Sentence, spans: list[tuple[int, int]], claimant: str | None
    ) -> str | None:
        """The side of a figure whose own sentence does not name one."""
        side = reading.side
        if side in INSURGENT_GROUPS and reading.head_kind == "people" and side not in reading.subject:
            side = None  # "a strike that targeted Hamas's chief killed 90 people": the people are not Hamas's
        if side is None and reading.refers_back and claimant:
            side = side_named(claimant)  # "Hezbollah said three of its fighters had died"
        if side is None and reading.refers_back:
            side = self.last_side
        if side is None and _SEVERAL_SIDES.search(reading.subject):
            return None  # "a 5,550-strong international force", "soldiers killed on each side"
        if side is None and _INSURGENTS.search(reading.subject):
            return most_named(self._side_counts(), among=INSURGENT_GROUPS)
        if side is None and _STATE_FORCE.search(reading.subject):
            side = claimant_side(sentence.text, reading.mention.start, spans, own_forces=True)
        if side is None and claimant and (_STATE_FORCE.search(reading.subject) or reading.head_kind == "people"):
            # "It said 25 civilians and 7 soldiers had died"
            side = speaker_side(claimant) or self.speaker_sides.get(claimant)
        if side is None and not (reading.head_kind == "people" and reading.side_after in INSURGENT_GROUPS):
            side = reading.side_after
        if side is None:
            recent = self.last_side if sentence.paragraph - self.last_side_paragraph <= 1 else None
            if reading.head_kind == "people" and recent in INSURGENT_GROUPS:
                recent = None  # "RSF fighters killed ..." then "the war has killed 28,700 people": not the RSF's
            side = recent or claimant_side(sentence.text, reading.mention.start, spans)
        if side is None and reading.head_kind == "people":
            # civilians belong to a country, not to the armed group an article is about
            side = most_named(self._side_counts(), leaving_out=INSURGENT_GROUPS)
        if side is None:
            side = most_named(self._side_counts())
        if side == MIXED:
            return None
        if side:
            self.last_side, self.last_side_paragraph = side, sentence.paragraph
        return side


def extract_figures(text: str, doc: str = "", meta: Meta | None = None, published: str | None = None) -> list[Figure]:
    """Every distinct war figure in ``text``, in reading order.

    ``meta`` (title, publisher, published, ...) is optional; its title helps place figures nothing
    else gives a side. ``published`` (YYYY-MM-DD, else ``meta``'s) dates them: "on Monday" is the one before.

    >>> [(f.value, f.category, f.qualifier, f.claimant) for f in extract_figures(
    ...     "Around 300 soldiers have been killed and 2,700 injured, a lawmaker said.")]
    [(300.0, 'killed', 'approximate', 'lawmaker'), (2700.0, 'wounded', 'approximate', 'lawmaker')]
    """
    if not text or not text.strip():
        return []
    sentences = split_sentences(text)
    resolver = ClaimantResolver(sentences)
    article = _Article(text, title=(meta or {}).get("title", ""))
    war = WarContext([sentence.text for sentence in sentences], article.title)
    found: list[tuple[Figure, Sentence]] = []
    for index, sentence in enumerate(sentences):
        attributions = find_attributions(sentence.text)
        resolved = _resolve(attributions, sentence.text, index, resolver, article)
        back = _BACK_ATTRIBUTION.match(sentence.text)
        if back:
            _back_fill(found, sentence, resolver.resolve(back["np"], index))
        if _ANSWER.match(sentence.text):
            article.answer_paragraph = sentence.paragraph
        mentions = find_numbers(sentence.text) if _NUMBER_HINT.search(sentence.text) else []
        if mentions and _RETRACTED.search(sentence.text):
            mentions = []  # "A previous version of this article wrongly stated that 250 people were injured"
        if mentions:
            spans = [(a.start, a.end) for a in attributions]
            topic = article.topic[1] if article.topic and article.topic[0] == sentence.paragraph else None
            readings = read_sentence(sentence.text, mentions, spans, topic)
            # a flood's toll, a match's arrests, a parade's soldiers: no war figures
            readings = war.keep(index, readings)
            if readings:
                article.topic = (sentence.paragraph, readings[-1].category)
            for position, reading in enumerate(readings):
                attribution, claimant = _claimant_for(sentence.text, reading, resolved)
                if attribution is None and not attributions and _ANAPHORIC_OPENING.match(sentence.text):
                    claimant = article.previous_claimant
                if attribution is None and not attributions and article.answer_paragraph == sentence.paragraph:
                    claimant = resolver.people[0] if resolver.people else claimant  # the interviewee
                if attribution is None and not attributions and _OPENS_QUOTE.match(sentence.text):
                    speaker = article.quote_speaker
                    if speaker and speaker[0] == sentence.paragraph:
                        claimant = speaker[1]  # '"...," he says. "We have lost nearly 40% of our troops."'
                    elif len(_QUOTE_MARK.findall(sentence.text)) % 2:
                        claimant = _speaker_after(sentences, index, resolver) or claimant
                if reading.side is None and reading.side_follows and position:
                    reading.side = readings[position - 1].side
                reading.side = article.side_for(reading, sentence, spans, claimant)
                found.append((_figure(reading, sentence, claimant, attribution, doc), sentence))
        resolver.remember_opening_person(sentence.text, index)
        if resolved and _QUOTE_MARK.search(sentence.text):
            article.quote_speaker = (sentence.paragraph, resolved[-1][1])
        if resolved:
            article.previous_claimant = resolved[-1][1]
        elif sentence.body and not mentions and not _ANAPHORIC_OPENING.match(sentence.text):
            article.previous_claimant = None
    return describe_counts(_distinct(found), sentences, text, meta or {}, published)  # after sources


def _resolve(
    attributions: list[Attribution], text: str, index: int, resolver: ClaimantResolver, article: _Article
) -> list[tuple[Attribution, str]]:
    """Each attribution of sentence ``index`` with its claimant's name resolved across the article."""
    resolved = []
    for attribution in attributions:
        name = resolver.resolve(attribution.claimant, index)
        resolved.append((attribution, name))
        spoken_for = speaker_side(attribution.claimant)
        if spoken_for and name:
            article.speaker_sides.setdefault(name, spoken_for)
        resolver.remember(name, index, is_top_level(text, attribution))
    return resolved


def _speaker_after(sentences: list[Sentence], index: int, resolver: ClaimantResolver) -> str | None:
    """Who speaks a quotation that opens in sentence ``index`` and closes, with its speaker, later in
    the paragraph: '"About 60 soldiers were killed. The camp was overrun," a security source said.'"""
    paragraph = sentences[index].paragraph
    for later in range(index + 1, min(index + 4, len(sentences))):
        text = sentences[later].text
        if sentences[later].paragraph != paragraph:
            return None
        closing = _QUOTE_MARK.search(text)
        if closing:
            after = [a for a in find_attributions(text) if a.start >= closing.end()]
            return resolver.resolve(after[0].claimant, later) if after else None
    return None


def _claimant_for(
    text: str, reading: Reading, resolved: list[tuple[Attribution, str]]
) -> tuple[Attribution | None, str | None]:
    """The attribution that governs a figure: the one heading its clause, else the nearest after it.

    "X said 100 died, and Y put the toll at 57": X for 100 and Y for 57.
    """
    position = reading.mention.start
    after = [(a, n) for a, n in resolved if a.start >= reading.span_end and _after_its_claim(text, a)]
    before = [(a, n) for a, n in resolved if a.verb_end <= position]
    top = [(a, n) for a, n in before if is_top_level(text, a)]
    if top:
        return top[-1]
    if after and all(_IN_RELATIVE_CLAUSE.search(text, 0, min(a.start, a.verb_start)) for a, _ in before):
        return after[0]  # "a strike that the military said targeted X killed 90, the health ministry said"
    if before:
        return before[0]
    if after:
        return after[0]
    return None, None


def _after_its_claim(text: str, attribution: Attribution) -> bool:
    """An attribution after a figure covers it when it closes the claim: ", the ministry said", "according to"."""
    opening = min(attribution.start, attribution.verb_start)
    return (
        bool(_CLOSING_ATTRIBUTION.search(text, max(0, opening - 4), opening))
        or attribution.verb_start < attribution.start
    )


def _figure(reading: Reading, sentence: Sentence, claimant: str | None, attribution, doc: str) -> Figure:
    mention = reading.mention
    start = sentence.start + reading.span_start
    end = sentence.start + reading.span_end
    return Figure(
        value=mention.value if not mention.is_range and not mention.vague else None,
        low=mention.low, high=mention.high, unit=reading.unit, category=reading.category,
        qualifier=reading.qualifier, subject=reading.subject, side=reading.side,
        claimant=claimant or None, cited_source=(attribution.cited_source if attribution else None),
        span=sentence.text[reading.span_start : reading.span_end], sentence=sentence.text,
        start=start, end=end, doc=doc,
    )  # fmt: skip


def _back_fill(found: list[tuple[Figure, Sentence]], sentence: Sentence, claimant: str) -> None:
    """Give the unattributed figures of the paragraphs just before ``sentence`` to ``claimant``."""
    for i in range(len(found) - 1, -1, -1):
        figure, source = found[i]
        if source.paragraph < sentence.paragraph - 2:
            break
        if figure.claimant is None:
            found[i] = (_replace(figure, claimant=claimant), source)


def _replace(figure: Figure, **changes) -> Figure:
    return replace(figure, **changes)


def _key(figure: Figure) -> tuple:
    return (figure.category, figure.unit, figure.value, figure.low, figure.high)


def _fold(name: str | None) -> str:
    return " ".join(_FOLD.sub(" ", (name or "").lower()).split())


def _compatible(a: str | None, b: str | None) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    fa, fb = _fold(a), _fold(b)
    return fa in fb or fb in fa


def _same_wording(a: Figure, b: Figure) -> bool:
    """Two figures told in the same words: a caption that repeats a body sentence."""

    def words_after(figure: Figure) -> str:
        at = figure.sentence.find(figure.span)
        return " ".join(_FOLD.sub(" ", figure.sentence[at : at + len(figure.span) + 40].lower()).split())

    first, second = words_after(a), words_after(b)
    shorter = min(len(first), len(second))
    return shorter >= 20 and first[:shorter] == second[:shorter]


def _distinct(found: list[tuple[Figure, Sentence]]) -> list[Figure]:
    """One row per distinct figure: repeats in captions, headlines and quotes are merged."""
    kept: list[tuple[Figure, Sentence]] = []
    for figure, sentence in found:
        if figure.value is None and figure.low is None:
            key_match = [
                k for k in kept if k[0].category == figure.category and k[0].span.lower() == figure.span.lower()
            ]
        else:
            key_match = [k for k in kept if _key(k[0]) == _key(figure)]
        merged = False
        for j, (other, other_sentence) in enumerate(kept):
            if (other, other_sentence) not in key_match or other_sentence is sentence:
                continue
            if not other_sentence.body and sentence.body:
                kept[j] = (
                    figure if figure.claimant or not other.claimant else _replace(figure, claimant=other.claimant),
                    sentence,
                )
                merged = True
                break
            if (
                not sentence.body
                or _compatible(other.claimant, figure.claimant)
                or (not (other.claimant and figure.claimant) and _same_wording(other, figure))
            ):
                if not other.claimant and figure.claimant:
                    kept[j] = (
                        _replace(other, claimant=figure.claimant, cited_source=figure.cited_source),
                        other_sentence,
                    )
                elif not other.cited_source and figure.cited_source and _compatible(other.claimant, figure.claimant):
                    kept[j] = (_replace(other, cited_source=figure.cited_source), other_sentence)
                merged = True
                break
        if not merged:
            kept.append((figure, sentence))
    return [figure for figure, _ in kept]
