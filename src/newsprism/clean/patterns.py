"""Shapes of page furniture that scrapers keep in plain text: share bars, newsletter boxes, comment and login
prompts, "related" lists, social links, cookie notices, navigation, advertising labels, copyright, bylines and
credit lines. Each pattern names the removal reason it stands for.

The patterns are anchored on whole lines and only tried on short lines (``MAX_PATTERN_WORDS``) so that a body
sentence mentioning shares, cookies or comments is never taken for furniture.
"""
from __future__ import annotations

import re

# Furniture is short; body sentences that happen to contain these words are longer than this.
MAX_PATTERN_WORDS = 25
# Shapes that may start anywhere in a line ("... newsletter ...", "... cookies ...") open with a lookahead for
# their keyword: it adds no match and spares the backtracking that most lines, which lack the keyword, cost.

_I = re.IGNORECASE
_SEP = r"(?:\s*[|·•/,:;–—-]\s*|\s+)"
_SOCIAL_NETWORK = (r"(?:facebook|twitter|x|instagram|linkedin|youtube|pinterest|reddit|whatsapp|telegram|tiktok"
                   r"|threads|bluesky|mastodon|tumblr|flipboard|messenger|snapchat|e-?mail|email|print|sms|copy link)")

# The heading of a list of other stories ("Related articles", "Most read"): the article has ended.
RELATED_HEADING = re.compile(
    r"^(?:related(?: (?:articles?|stories|story|content|coverage|posts?|topics|news|links|reading|video))?|"
    r"read (?:more|next|also)|more (?:from|on|in|about|stories|news|coverage|like this)\b.{0,60}|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in).{0,20}|recommended(?: for you| stories)?|"
    r"see also|also read|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|"
    r"editor'?s picks|what to read next|further reading|top stories|latest(?: news| stories| articles)?|"
    r"more stories|don'?t miss|popular (?:now|stories)|in (?:other|case you missed).{0,20})\b.{0,3}$", _I)

FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share", re.compile(
        r"^(?:share(?:\s*(?:&|and)\s*engage)?(?: this| the| on| via| to)?(?: (?:article|story|post|page|link|"
        r"video|gallery|facebook|twitter|email|\w+))?(?:\s+share)?|click to share.*|shares?|"
        r"(?:tweet|email|print|save|bookmark)(?: this)?(?: (?:article|story|page|link))?|copy(?: article)? link|pin it|"
        r"\d+\s+shares?|share (?:this|the) (?:article|story|post) (?:on|via|with) .*)[\s:!.]*$", _I)),
    ("social", re.compile(
        rf"^(?:(?:follow|like|find|join|connect with) (?:us|me|\w+(?: \w+)?) on .*|{_SOCIAL_NETWORK}"
        rf"(?:{_SEP}{_SOCIAL_NETWORK})*)[\s:!.]*$", _I)),
    ("newsletter", re.compile(
        r"^(?:(?=.{0,60}?newsletter)(?:(?=.*\b(?:join|joining|sign(?:ing)? up|subscribe|subscribing|get|receive|"
        r"register|enter)\b).{0,60}\bnewsletters?\b.{0,80}|[^.!?]{0,40}\bnewsletters?\b[^.!?]{0,30})|"
        r"(?:subscribe|sign up)(?: now| today| here)?(?: (?:to|for) .{0,80})?|"
        r"get (?:our|the) .{0,60}(?:in|to) your inbox.*|stay (?:informed|updated|in the loop).{0,80}|"
        r"enter your e-?mail(?: address)?.{0,40}|(?=.{0,40}?delivered).{0,40}delivered (?:straight |directly )?to "
        r"your inbox.*)"
        r"[\s:!.]*$", _I)),
    ("comments", re.compile(
        r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?[\s:]*$|"
        r"^(?:leave|post|add|write|view|show|see|read|load)"
        r"(?: a| all| the| more| \d+)* (?:comments?|repl(?:y|ies)|responses?).{0,40}$|^comments (?:are|have been) "
        r"(?:closed|disabled).*$|^\d+\s+(?:comments?|responses?|replies|thoughts)\b.{0,120}$|"
        r"^\S.{0,40}\s(?:says|said|wrote|writes):$|"  # "jdoe says:", the head of one comment
        r"^join the (?:conversation|discussion|debate).*$|^reply$|^(?:\d+ )?(?:likes?|upvotes?)$", _I)),
    ("login", re.compile(
        r"^(?:you must be logged in.{0,60}|(?:log|sign) ?in(?: (?:or|to|with) .{0,60})?|(?:log|sign) ?out|"
        r"register(?: now| here| for free)?|create (?:a |an |your )?(?:free )?account.{0,40}|already (?:a subscriber|"
        r"have an account|registered).{0,40}|forgot(?: your)? password.{0,10}|my account)[\s:!.?]*$", _I)),
    ("related", RELATED_HEADING),
    ("related", re.compile(
        r"^(?:related|read more|read also|see also|also read|more)\s*[:»>|–-]\s*\S.{0,160}$|"
        r"^(?:click|tap) here\b.{0,120}$|^(?:watch|listen|read)(?: the)? (?:full|latest|our) .{0,100}$", _I)),
    ("cookie", re.compile(
        r"^(?=.{0,140}?cookie).{0,120}\b(?:we use cookies|this (?:site|website) uses cookies|"
        r"cookies? (?:policy|settings|preferences|consent)|accept (?:all )?cookies|use of cookies)\b.{0,200}$", _I)),
    ("advertisement", re.compile(
        r"^(?:advertisement|advertising|sponsored(?: content| by .{0,40})?|ad|ads|paid (?:content|post)|"
        r"partner content|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|"
        r"article continues (?:below|after advertisement)|scroll to continue.{0,30}|skip (?:the )?ad)[\s:.]*$", _I)),
    ("navigation", re.compile(
        r"^(?:home|menu|search|skip to (?:main )?content|skip navigation|back to top|next|previous|prev|close|more|"
        r"sections?|topics?|tags?|categories|contact(?: us)?|about(?: us)?|terms(?: of (?:use|service))?|"
        r"terms (?:and|&) conditions|privacy(?: policy| notice)?|sitemap|site map|careers|jobs|help|faq|"
        r"advertise(?: with us)?|subscriptions?|rss(?: feeds?)?|toggle navigation|open menu|go to|top|"
        r"(?:next|previous) (?:article|story|post|page)|load more|show more|see more|view all|all rights reserved)"
        r"[\s:.»>]*$", _I)),
    ("navigation", re.compile(  # breadcrumbs: "Home > News > World"
        r"^(?=(?:[^>»›/|\n]*[>»›/|]){2})[^.!?]{1,40}(?:\s*[>»›/|]\s*[^.!?]{1,40}){2,}$")),
    ("copyright", re.compile(
        r"^(?:©|\(c\)|copyright\b).{0,200}$|"
        r"^(?=.{0,150}?all rights reserved).{0,150}\ball rights reserved\b.{0,100}$", _I)),
    ("credit", re.compile(
        r"^\(?(?:\w+ )?(?:reporting|additional reporting|writing|editing|compiled|produced) by\b.{0,200}\)?$|"
        r"^(?:photo|photograph|image|picture|video|graphic|illustration|source|file photo)s?(?: credit)?"
        r"\s*[:/|]\s*.{1,80}$|"
        r"^(?:photo|image)s? (?:by|courtesy of)\b.{1,80}$|^(?=.{0,200}?credit).{0,200}credits?:\s*[^.]{1,60}$", _I)),
    ("date", re.compile(
        r"^(?:(?:published|updated|posted|last updated|first published|modified)(?: on| at)?:?\s*)?"
        r"(?:[\d:. ]{3,8}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?"
        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?"
        r"(?:\d{1,2}\s+\w{3,9}\.?,?\s+\d{4}|\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|"
        r"\d{1,2}\s?[/.]\s?\d{1,2}\s?[/.]\s?\d{2,4})"
        r"(?:\s*(?:at|,|-|–|\|)?\s*\d{1,2}\s?[:.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*"
        r"(?:[A-Z]{2,4}(?:[+-]\d{1,2}(?::\s?\d{2})?)?)?)?"
        r"[\s|,.]*$", _I)),
)

# All furniture shapes in one pattern (one match per line instead of one per shape); ``FURNITURE_REASONS``
# maps its group names back to the reasons.
FURNITURE_ANY = re.compile("|".join(f"(?P<shape{number}>{pattern.pattern})"
                                     for number, (_, pattern) in enumerate(FURNITURE)), _I)
FURNITURE_REASONS = {f"shape{number}": reason for number, (reason, _) in enumerate(FURNITURE)}

# "Credited from: LATIMES", "Credit: Reuters", "Courtesy of AP": the outlet a copied story came from.
CREDIT_OUTLET = re.compile(
    r"^\s*(?:credited (?:from|to)|credit|courtesy(?: of)?|originally (?:published|appeared) (?:in|on|by|at)|"
    r"source|via|this (?:article|story) (?:was )?(?:first |originally )?(?:appeared|published) (?:in|on))"
    r"\s*[:\-–]?\s*(?P<outlet>[^\s:].{0,60}?)[\s.]*$", _I)

# "By Jane Doe", "By Jane Doe and John O'Neil, Reuters", "Words by Ann Lee | Staff writer".
_NAME = r"(?:[A-Z][\w'’.-]*\.?)(?:\s+(?:[A-Z][\w'’.-]*\.?|de|van|von|da|del|der|la|le|bin|al|el)){0,4}"
BYLINE = re.compile(
    rf"^\s*(?i:(?:(?:written|words|story|text|reporting) )?by:?)\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    rf"(?:\s*(?:,|\||–|—|-|/)\s*(?P<role>[^.!?]{{0,60}}))?\s*$")
BYLINE_NAME = re.compile(_NAME)
CO_AUTHOR = re.compile(r"\band\b|&")  # what joins two reporters' names in a byline
# The last words of newspapers' and agencies' names, which a byline may give after the reporter's ("By Mara
# Lind, Coastal Herald"). Words that are also common surnames (Post, Star, Sun, Globe, Mirror) are left out.
MASTHEAD_WORDS = frozenset("""
herald times news wire daily tribune journal gazette telegraph chronicle courier observer monitor agency
network dispatch inquirer examiner bulletin press review weekly standard express independent guardian
""".split())

# A line holding only a date and time, with the words that announce one ("Posted: 05/02/2013 11:10 am EDT").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_TOKEN = re.compile(
    rf"\d{{1,2}}\s?[/.]\s?\d{{1,2}}\s?[/.]\s?\d{{2,4}}|\d{{4}}\s?-\s?\d{{2}}\s?-\s?\d{{2}}|"
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b\d{{1,2}}\s?:\s?\d{{2}}", _I)
DATE_WORDS = frozenset("""
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
saturday sunday posted updated update published last first originally created modified edited story on at
am pm a p m st nd rd th and gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et pt ist hkt akdt time date
""".split())
DATE_LINE_MAX_WORDS = 16
