"""The extraction pipeline: article text in, figures with attribution out.

text -> sentences (``sentences``) -> number mentions (``numbers``) -> readings with
category, hedge and side (``figures``), kept where the sentence or article is about war
(``war_context``) -> claimant from the sentence's reporting clauses, resolved across
the article (``attribution``) -> one row per distinct figure -> its source under one
name across articles (``sources``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from .article_sides import side_before
from .article_state import LIST_ITEM, OPENS_LIST, OPENS_QUOTE, QUOTE_MARK, ArticleState
from .attribution import Attribution, find_attributions
from .carry_over import (
    SAME_SOURCE,
    credited_source,
    one_source_article,
    own_voice_source,
    publisher_voice,
    report_lede_source,
    report_source,
)
from .claim_clauses import (
    OWN_CLAUSE_BEFORE,
    appositive_side,
    body_before,
    fuller_name_side,
    is_top_level,
    reduced_relative,
)
from .claimant_phrases import names_someone, sentence_subject
from .claimants import ClaimantResolver
from .counts import describe_counts
from .figure import Figure
from .figures import Reading, read_sentence
from .guard import drop_implausible
from .lexicon.attribution import DOCUMENT_NOUNS
from .lexicon.numbers import ADDED_FRACTIONS, DOZEN, PHRASE_VALUES, SCALES, UNITS
from .names import BODY_AT_END, is_person
from .numbers import find_numbers
from .patterns import alternation
from .qualifiers import HEDGES
from .repeats import distinct
from .sentences import Sentence, split_sentences
from .sides import speaker_side
from .source_registry import registered_side
from .sources import resolve_sources
from .statements import Statement, introduces_statement, read_on, statement_author
from .war_context import WarContext

# A sentence that opens like this continues the previous sentence's claim
# ("That includes ...", "Among the dead are ...").
_ANAPHORIC_OPENING = regex.compile(
    r"^(?:That|This|These|Those|The\s+(?:count|tally|toll|total|figures?|numbers?|dead|casualties|victims|"
    r"largest\s+numbers?)|"
    r"Of\s+(?:those|these|them|the\s+dead)|Among\s+(?:them|the\s+dead)|Including|In\s+all|In\s+total|"
    r"Another|A\s+further|(?:[\w,-]+\s+){1,4}of\s+(?:those|them|these|whom)\b)\b"
)
# Between a reporting verb and the number it says: nothing but "that" and a hedge
_RIGHT_AFTER_VERB = regex.compile(rf"\s*(?:that\s+)?(?:(?:only|just)\s+)?(?:(?:{HEDGES})\s+)?$", regex.I)
# "The figures were compiled by X": X claims the unattributed figures just before.
_BACK_ATTRIBUTION = regex.compile(
    r"^The\s+(?:(?:higher|new|latest|updated|revised|final|earlier|lower)\s+)?(?:figures?|count|tally|toll|numbers?|"
    r"data)\s+(?:were|was|had\s+been|have\s+been)\s+(?:compiled|collected|gathered|provided|released|given|"
    r"put\s+together|drawn\s+up|announced|published|issued|reported)\s+(?:[\w-]+\s+){0,4}?by\s+(?P<np>[^,.;]+)"
)


# A cheap test that a sentence may hold a number, before the full number scan.
PHRASE_WORDS = [phrase.split()[-1] for phrase in PHRASE_VALUES]  # "a score": "score"
# A sentence that may hold a number: digits, or a number word of the lexicon ("FIFTY SOLDIERS KILLED", "a lakh",
# "half a million"); a word may begin a longer one ("hundreds", "dozens").
_NUMBER_HINT = regex.compile(
    rf"\d|teen\b|ty\b|ty-|\b(?:{alternation([*UNITS, *SCALES, *DOZEN, *ADDED_FRACTIONS, *PHRASE_WORDS])})",
    regex.I,
)
# An answer in an interview printed as questions and answers.
_SPEAKER_LABEL = regex.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*:\s+(?=\S)")
_ANSWER = regex.compile(r"^(?:A|Answer)\s*[:.]\s")
_RETRACTED = regex.compile(
    r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave)\b"
    r"|\b(?:an\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report)\b",  # a correction note
    regex.I,
)
_IN_RELATIVE_CLAUSE = regex.compile(r"(?r)\b(?:that|which)\s+$")
_CLOSING_ATTRIBUTION = regex.compile(r"(?r)[,\"”’'(—–:-]\s*(?:(?:its|their|his|her)\s+)?$")  # ", its spokesman X said"
# ", figures from the health ministry show": the document of the source that closes the claim
_DOCUMENT_FROM = regex.compile(
    rf"(?r)\b(?:(?:the|a|an|new|latest|official)\s+)*(?:{alternation(DOCUMENT_NOUNS)})\s+(?:from|of|by)\s+$", regex.I
)
# How often a long text's reading reports its progress, in sentences (about 10 KB of news text).
PROGRESS_EVERY = 100
Progress = Callable[[int, int], None]
Meta = dict[str, str]  # an article's title, publisher, published and url


def extract_figures(
    text: str, doc: str = "", meta: Meta | None = None, published: str | None = None, progress: Progress | None = None
) -> list[Figure]:
    """Every distinct war figure in ``text``, in reading order.

    ``meta`` (title, publisher, published, ...) is optional; its title helps place figures nothing
    else gives a side. ``published`` (YYYY-MM-DD, else ``meta``'s) dates them: "on Monday" is the one
    before. ``progress``, if given, is called with (sentences read, sentences in all) as a long text is read.

    >>> [(f.value, f.category, f.qualifier, f.claimant) for f in extract_figures(
    ...     "Around 300 soldiers have been killed and 2,700 injured, a lawmaker said.")]
    [(300.0, 'killed', 'approximate', 'lawmaker'), (2700.0, 'wounded', 'approximate', 'lawmaker')]
    """
    if not text or not text.strip():
        return []
    sentences = split_sentences(text)
    resolver = ClaimantResolver(sentences)
    article = ArticleState(text, title=(meta or {}).get("title", ""))
    war = WarContext([sentence.text for sentence in sentences], article.title)
    found: list[tuple[Figure, Sentence]] = []
    for index, sentence in enumerate(sentences):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index, len(sentences))
        attributions = find_attributions(sentence.text) or _speaker_label(sentence.text, resolver)
        resolved = _resolve(attributions, sentence.text, index, resolver, article)
        back = _BACK_ATTRIBUTION.match(sentence.text)
        if back:
            _back_fill(found, sentence, resolver.resolve(back["np"], index))
        if _ANSWER.match(sentence.text):
            article.answer_paragraph = sentence.paragraph
        mentions = find_numbers(sentence.text) if _NUMBER_HINT.search(sentence.text) else []
        if mentions and _RETRACTED.search(sentence.text):
            mentions = []  # "A previous version of this article wrongly stated that 250 people were injured"
        article.lead_in(sentence, has_numbers=bool(mentions))
        if mentions:
            spans = [(a.start, a.end) for a in attributions]
            next_item = article.next_item(sentence)
            readings = read_sentence(sentence.text, mentions, spans, article.topic_for(sentence, next_item))
            # a flood's toll, a match's arrests, a parade's soldiers: no war figures
            readings = war.keep(index, readings, sentence.text)
            if readings:
                article.topic = (sentence.paragraph, readings[-1].category)
                article.topic_listed = bool(LIST_ITEM.match(sentence.text))
            for position, reading in enumerate(readings):
                attribution, claimant = _claimant_for(sentence.text, reading, resolved)
                if attribution is None and not attributions:
                    claimant = _claimant_from_context(sentences, index, resolver, article, claimant)
                last = found[-1][0].side if found and next_item else None  # the list item before's
                reading.side = reading.side or side_before(reading, readings[:position], last)
                reading.side = article.sides.side_for(reading, sentence, spans, claimant, article.previous_claimant)
                found.append((_figure(reading, sentence, claimant, attribution, doc, article), sentence))
        resolver.remember_opening_person(sentence.text, index)
        _remember_claims(article, sentence, resolved, bool(mentions))
        if not resolved and not mentions:
            _open_list_by_subject(article, sentence, resolver, index)
        _follow_statement(article, sentences, resolved, resolver, index)
    if progress:
        progress(len(sentences), len(sentences))
    figures = _one_row_per_figure(found, text, article, sentences, (meta or {}).get("publisher", ""))
    return describe_counts(figures, sentences, text, meta or {}, published)  # stance reads the source's country


def _one_row_per_figure(
    found: list[tuple[Figure, Sentence]], text: str, article: ArticleState, sentences: list[Sentence], publisher: str
) -> list[Figure]:
    """The figures read, without the implausible ones, each with its source under one name, repeats merged
    (a body and its spokesman saying one number are one row)."""
    found = drop_implausible(found)  # money, shares, fractions, zero or more people than any war has
    source = own_voice_source(text) or publisher_voice(publisher)
    source = source or report_source([(figure.claimant, sentence) for figure, sentence in found])
    found = _in_own_voice(found, source)
    opening = next((sentence.text for sentence in sentences if sentence.body), "")
    figures = report_lede_source([figure for figure, _ in found], opening)
    sourced = resolve_sources(figures, text, article.title, article.sides.side_counts, article.descriptions)
    sourced = one_source_article(sourced, [sentence for _, sentence in found], article.title)
    return distinct([(figure, sentence) for figure, (_, sentence) in zip(sourced, found, strict=True)])


def _remember_claims(article: ArticleState, sentence: Sentence, resolved: list, has_numbers: bool) -> None:
    """What the next sentences may carry on from this one: its last claimant and a quotation's speaker."""
    if len(QUOTE_MARK.findall(sentence.text)) % 2:
        article.quote_open = not article.quote_open
    if article.lists(sentence):
        article.list_claimant = (sentence.paragraph, article.list_claimant[1])
        if LIST_ITEM.match(sentence.text):
            article.list_block = sentence.paragraph  # "- The Zapad group advanced. The enemy lost up to 230 men."
    elif not resolved:
        article.list_claimant = None
    if resolved and QUOTE_MARK.search(sentence.text):
        article.quote_speaker = (sentence.paragraph, resolved[-1][1])
    if resolved:
        article.previous_claimant = resolved[-1][1]
        article.previous_cited = resolved[-1][0].cited_source
        article.claim_paragraph = sentence.paragraph
        article.list_claimant = (sentence.paragraph, resolved[-1][1]) if OPENS_LIST.search(sentence.text) else None
    elif sentence.body and not has_numbers and not _ANAPHORIC_OPENING.match(sentence.text):
        article.previous_claimant = None


def _open_list_by_subject(article: ArticleState, sentence: Sentence, resolver: ClaimantResolver, index: int) -> None:
    """A body that opens a list with no reporting verb gives its items: "The ministry gave the following
    breakdown by direction:" then "- The enemy lost up to 135 servicemen"."""
    subject = sentence_subject(sentence.text) if OPENS_LIST.search(sentence.text) else None
    if subject and BODY_AT_END.search(subject[1]):
        article.list_claimant = (sentence.paragraph, resolver.resolve(subject[1], index))


def _follow_statement(
    article: ArticleState, sentences: list, resolved: list, resolver: ClaimantResolver, index: int
) -> None:
    """Open a statement printed whole when a sentence introduces one (its author named there or in the sentence
    before, in the same paragraph); close it where it ends."""
    text, paragraph = sentences[index].text, sentences[index].paragraph
    if article.statement is not None:
        if not read_on(article.statement, text):
            article.statement = None
    elif introduces_statement(text):
        before = sentences[index - 1].text if index and sentences[index - 1].paragraph == paragraph else ""
        named = statement_author(text) or statement_author(before)
        author = resolved[-1][1] if resolved else resolver.resolve(named, index) if named else article.previous_claimant
        if author:
            article.statement = Statement(author)


def _resolve(
    attributions: list[Attribution], text: str, index: int, resolver: ClaimantResolver, article: ArticleState
) -> list[tuple[Attribution, str]]:
    """Each attribution of sentence ``index`` with its claimant's name resolved across the article."""
    resolved = []
    for attribution in attributions:
        antecedent = body_before(text, attribution) if attribution.claimant.lower() == "it" else None
        name = resolver.resolve(antecedent or attribution.claimant, index)
        resolved.append((attribution, name))
        spoken_for = (
            speaker_side(attribution.claimant)
            or appositive_side(text, attribution)
            or registered_side(attribution.claimant)
            or (fuller_name_side(article.text, name) if name else None)
        )
        if spoken_for and name:
            article.sides.speaker_sides.setdefault(name, spoken_for)
        if name:
            article.descriptions.setdefault(name, []).append(attribution.claimant)
        resolver.remember(name, index, is_top_level(text, attribution))
    return resolved


def _speaker_label(text: str, resolver: ClaimantResolver) -> list[Attribution]:
    """A live page's line opened by its speaker's name and a colon: "Syniehubov: 21 people have been injured"."""
    label = _SPEAKER_LABEL.match(text)
    if label is None or not (is_person(label["name"]) or resolver.full_name(label["name"])):
        return []
    return [Attribution(label["name"], 0, label.end("name"), label.end("name"), label.end())]


def _claimant_from_context(
    sentences: list[Sentence], index: int, resolver: ClaimantResolver, article: ArticleState, claimant: str | None
) -> str | None:
    """The claimant of a figure in sentence ``index``, which has no reporting clause: the report it
    continues, the interviewee answering, or the speaker of the quotation it stands in."""
    sentence = sentences[index]
    if _ANAPHORIC_OPENING.match(sentence.text) or article.carries(sentence):
        claimant = article.previous_claimant
    if article.answer_paragraph == sentence.paragraph:
        claimant = resolver.people[0] if resolver.people else claimant  # the interviewee
    if article.statement is not None:
        claimant = article.statement.author  # a statement printed whole: every figure in it is its author's
    if article.lists(sentence):
        claimant = article.list_claimant[1]  # "The ministry said the toll was as follows:" then "- Sanaa: 34 dead"
    if OPENS_QUOTE.match(sentence.text):
        speaker = article.quote_speaker
        if speaker and speaker[0] == sentence.paragraph:
            claimant = speaker[1]  # '"...," he says. "We have lost nearly 40% of our troops."'
        elif len(QUOTE_MARK.findall(sentence.text)) % 2:
            claimant = _speaker_after(sentences, index, resolver) or claimant
    elif article.quote_open:  # '... X said. "The results are as follows. Enemy side: 83 killed.'
        speaker = article.quote_speaker
        same = speaker and speaker[0] == sentence.paragraph
        claimant = speaker[1] if same else _speaker_after(sentences, index, resolver) or claimant
    # "* Journalists killed: 197 (Committee to Protect ...)"; "Uganda (4,500)" under "CONTRIBUTORS (AU figures)"
    credited = credited_source(sentence.text)
    if credited == SAME_SOURCE:
        credited = article.last_credit
    article.last_credit = credited or article.last_credit
    return credited or article.credit_for(sentence) or claimant


def _speaker_after(sentences: list[Sentence], index: int, resolver: ClaimantResolver) -> str | None:
    """Who speaks a quotation that opens in sentence ``index`` and closes, with its speaker, later in
    the paragraph: '"About 60 soldiers were killed. The camp was overrun," a security source said.'"""
    paragraph = sentences[index].paragraph
    for later in range(index + 1, min(index + 4, len(sentences))):
        text = sentences[later].text
        if sentences[later].paragraph != paragraph:
            return None
        closing = QUOTE_MARK.search(text)
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
    if after and names_someone(after[0][1]):
        # "It counts 3,800 soldiers, according to the ministry", "According to preliminary estimates, ..., X said"
        resolved = [(a, n) for a, n in resolved if names_someone(n)]
    before = [(a, n) for a, n in resolved if a.verb_end <= position]
    nearest = before[-1][0] if before else None
    if (
        nearest
        and _RIGHT_AFTER_VERB.match(text, nearest.verb_end, position)
        and OWN_CLAUSE_BEFORE.search(text, 0, min(nearest.start, nearest.verb_start))
    ):
        return before[-1]  # "..., when it said about 300 had died": the number is what its own clause says
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
    document = _DOCUMENT_FROM.search(text, max(0, opening - 40), opening)
    opening = document.start() if document else opening
    if reduced_relative(attribution.claimant):
        return False  # "..., the first such capture Kyiv has reported, ...": it describes a noun
    return (
        bool(_CLOSING_ATTRIBUTION.search(text, max(0, opening - 10), opening))
        or attribution.verb_start < attribution.start
    )


def _figure(
    reading: Reading, sentence: Sentence, claimant: str | None, attribution, doc: str, article: ArticleState
) -> Figure:
    """The figure a reading gives; with no reporting clause of its own, the source cited by the claim it
    carries on ("According to the update, which cites the ministry, 3,340 were killed. Over the same period,
    9,357 were injured.")."""
    cited = attribution.cited_source if attribution else article.cited_for(claimant, sentence)
    mention = reading.mention
    start = sentence.start + reading.span_start
    end = sentence.start + reading.span_end
    return Figure(
        value=mention.value if not mention.is_range and not mention.vague else None,
        low=mention.low, high=mention.high, unit=reading.unit, category=reading.category,
        qualifier=reading.qualifier, subject=reading.subject, side=reading.side,
        claimant=claimant or None, cited_source=cited,
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
            found[i] = (replace(figure, claimant=claimant), source)


def _in_own_voice(found: list[tuple[Figure, Sentence]], source: str | None) -> list[tuple[Figure, Sentence]]:
    """A body's own release: the figures it gives in its own voice are its claims."""
    if not source:
        return found
    return [(figure if figure.claimant else replace(figure, claimant=source), s) for figure, s in found]
