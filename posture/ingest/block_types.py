"""The block types of a page, declared once: their names, the rule that finds each, and
the groups other stages read.

`posture.ingest.layout` types lines by these rules; `posture.ingest.article` splits the
prose types into sentences; the extractors read the text types. Import them from here
(or from `posture.ingest`) rather than spelling the names out again.
"""

# What each block type is, and the rule that recognises it (shown to readers), in the order
# of BLOCK_TYPES.
TYPE_RULES = {
    "navigation": "site links and page furniture: menus before the headline (numbered items, 'Skip to ...', "
                  "'Home', 'Sign in', 'Subscribe', 'A | B | C', 'Home › World', short section words set apart "
                  "by two or more spaces), an outlet's name or section above the headline, reading times, "
                  "'Share', 'Most read', end marks ('Ends', '-- END --', '(END)'), an editor's sign-off of initials "
                  "('doc/jk') and bracketed labels ('(Release ID: 1)')",
    "headline": "the first line of five or more words of running text not ended like a sentence, before the "
                "first paragraph (else the last short such line), or a first line ended like one with a byline, "
                "date or dateline under it; menus, outlet names, dates and bylines before it are skipped",
    "byline": "'By ...', 'Posted by ...' (or a bare name line) in the header",
    "date": "a line that holds a date and nothing else but times, weekdays and 'Updated' (or such a part of an "
            "'A | B | C' line); in the body only when it is short and not ended like a sentence",
    "standfirst": "the header's line of running text directly above a link, date, byline or picture, or above "
                  "the dateline that opens the story",
    "short_link": "a line that is a single web address",
    "image_alt": "an unpunctuated line directly above its caption",
    "caption": "the line under a picture's alt text, a line ending in a photo credit, a line directly above a "
               "photo-credit line, or 'Photo: ' followed by a sentence",
    "photo_credit": "'Image: ...', 'Photo: ...', 'Photograph: ...' glued to a caption's end, or a short line of "
                    "its own that credits a photo ('Photo: AP', 'Tribune photo / Jane Roe', '(Getty Images)')",
    "subheading": "a short line standing alone in the body, not ended like a sentence, with body text after it",
    "body": "running text of the article",
    "credit": "author initials with an agency list, 'Reporting by ...', '... contributed to this report', "
              "'Source: ...', 'For further information ...', 'Media enquiries: ...'",
    "copyright": "'Copyright ...', '(c)', 'All rights reserved'",
    "related": "links to other stories: 'Read more: ...', the title-like lines under 'Related', 'Read more' or "
               "'More on this story', a title after the closing credit, title-like lines after the last "
               "paragraph",
    "blank": "an empty line",
}
BLOCK_TYPES = tuple(TYPE_RULES)
# Blocks split into sentences (sentences.csv).
PROSE_TYPES = ("headline", "standfirst", "image_alt", "caption", "subheading", "body")
# Blocks the extractors read for troop numbers and quotes: the prose less a picture's alt text.
TEXT_TYPES = tuple(kind for kind in PROSE_TYPES if kind != "image_alt")
