"""The brief: a neutral Markdown account of a story, composed only of the articles' own sentences.

Every established statement is the wording of one of the articles that at least ``CORROBORATION_MIN``
independent sources state, cited only to the articles whose own claim states all of its parts and most of its
words and takes no other side of a conflict over it (see citing.py), the rest of its group named as differing
in detail; a thing several sources report in words none of the others states in full is listed apart, each
wording with its own articles, and never called established (a wire story and its copy are one source); what
several independent sources agree on in sentences that otherwise differ or carry a disputed detail follows as
agreed points (see agreed.py: a person and the event they underwent, quoted in each source's own words, the
disputes those sentences carry named beside it); contested groups are never established: one that several
independent sources state in the same words is listed apart, naming the dispute that touches it (the release of
two named prisoners stays visible when the count of those released is disputed); disputed points give every
side with its articles and evidence; quotes keep their speakers, each wording cited to the articles that print
it; single-source claims are listed under their outlet, flagged where attribution is vague. The only words the
brief adds are headings, citations, the names of the agreed points and of the disputes, and the conflicts'
explanations.
"""
from __future__ import annotations

from ..model import Agreement, Article, Claim, ClaimGroup, Conflict, Evidence, StoryQuote
from .citing import Citation, cite_group, cite_wordings
from .context import Finding
from .sides import SideIndex
from .status import CORROBORATION_MIN, outlet_of

ESTABLISHED_LIMIT = 15
LABEL_CHARS = 40
PER_OUTLET_LIMIT = 8
REPORTS, OMITS, CONTRADICTS = "reports", "omits", "contradicts"


def cite(article_ids: list[str] | set[str]) -> str:
    return "[" + ", ".join(sorted(article_ids)) + "]"


def source_labels(articles: list[Article]) -> dict[str, str]:
    """Each source key (``outlet_of``: the outlet, else the article id) -> how a reader recognises it.

    An article without an outlet is keyed by its id, a hash nobody recognises; it is shown by its title,
    else its file name (see ``Article.label``), shortened for a table's header.
    """
    labels: dict[str, str] = {}
    for article in articles:
        label = article.label()
        short = label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"
        labels.setdefault(outlet_of(article), short)
    return labels


def coverage_matrix(groups: list[ClaimGroup], findings: list[Finding], articles: list[Article]) -> dict[str, dict[str, str]]:
    """Claim group id -> outlet -> reports / omits / contradicts."""
    outlets = sorted({outlet_of(a) for a in articles})
    outlet_by_article = {a.id: outlet_of(a) for a in articles}
    matrix = {}
    for group in groups:
        claim_ids = {c.id for c in group.claims}
        reporting = {outlet_by_article.get(c.article, c.article) for c in group.claims}
        dissent = {outlet_by_article.get(a, a) for f in findings if f.claim_ids & claim_ids
                   for a in _dissenting_articles(f, group)}
        matrix[group.id] = {o: CONTRADICTS if o in dissent else REPORTS if o in reporting else OMITS for o in outlets}
    return matrix


def _dissenting_articles(finding: Finding, group: ClaimGroup) -> set[str]:
    """The finding's articles against this group that dispute it: those whose own statement of it is in the
    finding, or that do not state it at all. An article stating the group's claim in words no conflict
    touches agrees with it, whatever it disputes elsewhere (its dissent shows on the row of that claim)."""
    undisputed = {c.article for c in group.claims if c.id not in finding.claim_ids}
    disputed = {c.article for c in group.claims if c.id in finding.claim_ids}
    return {a for a in _articles_against(finding, disputed | undisputed) if a in disputed or a not in undisputed}


def _articles_against(finding: Finding, stating: set[str]) -> set[str]:
    """The articles of every position but the one the group takes. A group whose ``stating`` articles all
    take one position takes that one, even a minority's (else its own outlet would be marked as
    contradicting it); any other group takes the majority's."""
    sides = [i for i, position in enumerate(finding.positions) if stating <= set(position.articles)]
    held = sides[0] if sides else max(
        range(len(finding.positions)), key=lambda i: (len(finding.positions[i].articles), -i))
    return {a for i, position in enumerate(finding.positions) if i != held for a in position.articles}


def compose_brief(title: str, groups: list[ClaimGroup], conflicts: list[Conflict], quotes: list[StoryQuote],
                  articles: list[Article], coverage: dict[str, dict[str, str]],
                  agreed: list[Agreement] | None = None) -> str:
    by_id = {a.id: a for a in articles}
    parts = [f"# {title}", "", *_established(groups, by_id, agreed or [], conflicts), "",
             *_worded_apart(groups, conflicts, by_id),
             *_stated_but_disputed(groups, conflicts, by_id),
             *_disputed(conflicts), "", *_quotes(quotes), "", *_single_source(groups, articles, conflicts), "",
             *_coverage_table(groups, coverage, articles)]
    return "\n".join(parts).rstrip() + "\n"


def established(groups: list[ClaimGroup], conflicts: list[Conflict], articles: dict[str, Article]) -> list[Citation]:
    """The sentences of corroborated groups (never contested ones) that ``CORROBORATION_MIN`` independent sources
    state in full (see ``cite_group``), most sources first. A wire story and its syndicated copy are one source, so
    a sentence only they state is not established (the brief, the terminal view)."""
    sides = SideIndex(conflicts)
    rows = [(cite_group(g.claims, articles, sides), g.id) for g in groups if g.status == "corroborated"]
    rows = [row for row in rows if row[0].independent_sources >= CORROBORATION_MIN]
    rows.sort(key=lambda row: (-row[0].independent_sources, row[1]))
    return [citation for citation, _ in rows]


def worded_apart(groups: list[ClaimGroup], conflicts: list[Conflict],
                 articles: dict[str, Article]) -> list[list[Citation]]:
    """Corroborated groups no one sentence of which ``CORROBORATION_MIN`` independent sources state: several sources
    report the thing, each in words the others do not state in full. Each group as its wordings, each cited only to
    the articles that state it (see ``cite_wordings``); shown apart, never as established."""
    sides = SideIndex(conflicts)
    rows = [cite_wordings(g.claims, articles, sides) for g in groups if g.status == "corroborated"]
    return [wordings for wordings in rows if wordings[0].independent_sources < CORROBORATION_MIN]


def _established(groups: list[ClaimGroup], articles: dict[str, Article], agreed: list[Agreement],
                 conflicts: list[Conflict]) -> list[str]:
    """Each established sentence cited only to the articles that state all of it, the group's other articles
    named as differing in detail; then the agreed points."""
    lines = ["## What is established"]
    lines += [_established_line(c) for c in established(groups, conflicts, articles)[:ESTABLISHED_LIMIT]]
    lines += [agreed_line(a, conflicts) for a in agreed[:ESTABLISHED_LIMIT]]
    if len(lines) > 1:
        return lines
    if any(g.status == "corroborated" for g in groups):
        return lines + ["- No sentence is stated in full by two independent sources."]
    return lines + ["- Nothing is reported by two independent sources."]


def _worded_apart(groups: list[ClaimGroup], conflicts: list[Conflict], articles: dict[str, Article]) -> list[str]:
    """The section of ``worded_apart``; no lines at all when there is none."""
    rows = worded_apart(groups, conflicts, articles)[:ESTABLISHED_LIMIT]
    if not rows:
        return []
    lines = ["## Reported by several sources, in differing words"]
    lines += ["- " + " … ".join(f"“{_one_line(c.claim.text)}” {cite(_articles(c.supporters))}" for c in row)
              for row in rows]
    return lines + [""]


def _articles(claims: list[Claim]) -> set[str]:
    return {c.article for c in claims}


def agreed_line(agreement: Agreement, conflicts: list[Conflict]) -> str:
    """The point, its articles and each distinct wording of it; the conflicts that dispute a detail of it, by
    subject, so that a reader sees the detail is left to them."""
    quoted = " … ".join(f"“{_one_line(text)}”" for text in agreed_wordings(agreement))
    line = f"- **{agreement.subject}**, stated by {agreement.independent_sources} independent sources " \
           f"{cite(agreement.articles)}: {quoted}"
    disputed = disputed_subjects(agreement, conflicts)
    return line + (f" (details disputed apart: {'; '.join(disputed)})" if disputed else "")


def agreed_wordings(agreement: Agreement) -> list[str]:
    """Each distinct wording of an agreed point, in evidence order (one source may word it twice)."""
    return list(dict.fromkeys(e.text for e in agreement.evidence))


def disputed_subjects(agreement: Agreement, conflicts: list[Conflict]) -> list[str]:
    """The subjects of the conflicts that dispute a detail of the point (see ``agreed.agreed_points``)."""
    subjects = {c.id: c.subject for c in conflicts}
    return [subjects[c] for c in agreement.disputed if c in subjects]


def stated_but_disputed(groups: list[ClaimGroup], conflicts: list[Conflict],
                        articles: dict[str, Article]) -> list[tuple[Citation, list[str]]]:
    """Contested groups whose sentence (see ``cite_group``) several independent sources state in full, each
    with the subjects of the conflicts whose evidence lies in its claims: most sources first, at most
    ``ESTABLISHED_LIMIT``. Shown apart from what is established, never in it (the brief, the terminal view)."""
    rows, sides = [], SideIndex(conflicts)
    for group in (g for g in groups if g.status == "contested"):
        citation, subjects = cite_group(group.claims, articles, sides), disputes_of(group, conflicts)
        if subjects and citation.independent_sources >= CORROBORATION_MIN:
            rows.append((citation, subjects, group.id))
    rows.sort(key=lambda row: (-row[0].independent_sources, row[2]))
    return [(citation, subjects) for citation, subjects, _ in rows[:ESTABLISHED_LIMIT]]


def disputes_of(group: ClaimGroup, conflicts: list[Conflict]) -> list[str]:
    """The subjects of the conflicts with evidence inside one of the group's claims."""
    return [conflict.subject for conflict in conflicts
            if any(_in_group(evidence, group) for position in conflict.positions for evidence in position.evidence)]


def _in_group(evidence: Evidence, group: ClaimGroup) -> bool:
    return any(claim.article == evidence.article and evidence.start < claim.span.end and claim.span.start < evidence.end
               for claim in group.claims)


def _stated_but_disputed(groups: list[ClaimGroup], conflicts: list[Conflict], articles: dict[str, Article]) -> list[str]:
    """The section of ``stated_but_disputed``; no lines at all when there is none."""
    rows = stated_but_disputed(groups, conflicts, articles)
    if not rows:
        return []
    lines = ["## Stated by several sources, but disputed in part"]
    lines += [f"{_established_line(citation)} (disputed: {'; '.join(subjects)})" for citation, subjects in rows]
    return lines + [""]


def _established_line(citation: Citation) -> str:
    line = f"- {_one_line(citation.claim.text)} {cite(_articles(citation.supporters))}"
    others = _articles(citation.others) - _articles(citation.supporters)
    return line + (f" (related reports differing in detail: {cite(others)})" if others else "")


def _disputed(conflicts: list[Conflict]) -> list[str]:
    lines = ["## What is disputed"]
    for conflict in conflicts:
        lines.append(f"- **{conflict.subject}** ({conflict.kind}): {conflict.explanation}")
        for pos in conflict.positions:
            # every distinct piece of evidence (a syndicated copy repeats its original's words: shown once)
            quoted = " … ".join(f"“{_one_line(text)}”" for text in dict.fromkeys(e.text for e in pos.evidence))
            lines.append(f"  - {pos.value} {cite(pos.articles)}: {quoted}")
    return lines if conflicts else lines + ["- No article contradicts another."]


def _quotes(quotes: list[StoryQuote]) -> list[str]:
    """Each wording of each quote (a story quote is one wording, see ``quotes.to_story_quotes``), cited only to
    the articles that print it, so the brief never puts one outlet's words in another's mouth."""
    lines = ["## Who said what"]
    for quote in quotes:
        who = quote.speaker_name or "unnamed speaker"
        lines.append(f"- {who}: “{_one_line(quote.text)}” {cite({q.article for q in quote.quotes})}")
    return lines if quotes else lines + ["- No direct quotes."]


def _single_source(groups: list[ClaimGroup], articles: list[Article], conflicts: list[Conflict]) -> list[str]:
    """Single-source groups under their outlet, each wording cited only to the articles that state it (an outlet's
    syndicated copy may drop a detail of the original's sentence)."""
    lines = ["## Reported by one source only"]
    by_id, sides = {a.id: a for a in articles}, SideIndex(conflicts)
    outlet_by_article = {a.id: outlet_of(a) for a in articles}
    labels = source_labels(articles)
    by_outlet: dict[str, list[ClaimGroup]] = {}
    for group in groups:
        if group.status == "single_source":
            by_outlet.setdefault(outlet_by_article.get(group.claims[0].article, "?"), []).append(group)
    for outlet in sorted(by_outlet):
        lines.append(f"- **{labels.get(outlet, outlet)}**")
        for group in by_outlet[outlet][:PER_OUTLET_LIMIT]:
            flag = f" (vague attribution: “{group.claims[0].attribution.text}”)" if group.vague_attribution else ""
            lines += [f"  - {_one_line(c.claim.text)} {cite(_articles(c.supporters))}{flag}"
                      for c in cite_wordings(group.claims, by_id, sides)]
        extra = len(by_outlet[outlet]) - PER_OUTLET_LIMIT
        if extra > 0:
            lines.append(f"  - … and {extra} more single-source claims")
    return lines


def _coverage_table(groups: list[ClaimGroup], coverage: dict[str, dict[str, str]],
                    articles: list[Article]) -> list[str]:
    shown = [g for g in groups if g.status != "single_source"]
    if not shown:
        return []
    outlets = sorted(next(iter(coverage.values())).keys()) if coverage else []
    outlet_by_article = {a.id: outlet_of(a) for a in articles}
    labels = source_labels(articles)
    header = " | ".join(_one_line(labels.get(o, o)) for o in outlets)
    lines = ["## Coverage", "", f"| claim | {header} |", "|---" * (len(outlets) + 1) + "|"]
    for group in shown:
        row = coverage.get(group.id, {})
        cells = [row.get(o, OMITS) for o in outlets]
        lines.append(f"| {group.id} {_one_line(_row_label(group, row, outlet_by_article))[:60]} | "
                     + " | ".join(cells) + " |")
    return lines


def _row_label(group: ClaimGroup, row: dict[str, str], outlet_by_article: dict[str, str]) -> str:
    """The claim as a reporting outlet words it: labelled with a dissenting outlet's sentence, a row would
    show that outlet contradicting its own words (its claim is in the group, its figure in the minority)."""
    for claim in group.claims:
        if row.get(outlet_by_article.get(claim.article, claim.article)) == REPORTS:
            return claim.text
    return group.text


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "/")
