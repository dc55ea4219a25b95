"""Pages of many shapes keep their headline and their body: menus before the headline, paragraphs
without blank lines, sentences glued at the full stop, link lists after the body, captions and
credits inside it, press-release furniture, and a page whose body the rules cannot find.

Every page here is made up for the test; none is copied from the corpus or a real site.
"""


import pytest

from posture import ingest
from posture.ingest import article as article_module
from posture.ingest import block_types, layout
from posture.ingest.dates import find_dates, is_date_line
from posture.ingest.layout import is_menu_line
from posture.ingest.sentences import split_sentences


def _types(page: str) -> list[tuple[str, str]]:
    """(type, text) of every non-blank block."""
    parsed = ingest.parse(page)
    return [(row.type, row.text) for row in parsed.blocks.itertuples() if row.type != "blank"]


def _type_of(page: str) -> dict[str, list[str]]:
    """Each block's text -> its types (a line split in two has two entries)."""
    found: dict[str, list[str]] = {}
    for kind, text in _types(page):
        found.setdefault(text, []).append(kind)
    return found


MENU_PAGE = """The Harbour Gazette
Home
World | Asia
News  Local  Defence  Sport  Weather
Sign in
Subscribe

Garrison town waits as two companies prepare to ship out

By Petra Lindqvist
March 4, 2031

About 240 soldiers of the 2nd Coastal Rifles will leave the garrison next month for a six-month rotation.

The unit's commander said the move had been planned for a year. "We are ready," she said.

Officials expect the rest of the battalion to follow in the autumn.
"""


def test_menus_and_section_names_before_the_headline_are_navigation():
    types = _type_of(MENU_PAGE)
    for line in ["The Harbour Gazette", "Home", "World | Asia", "News  Local  Defence  Sport  Weather", "Sign in",
                 "Subscribe"]:
        assert types[line] == ["navigation"], line
    assert types["Garrison town waits as two companies prepare to ship out"] == ["headline"]
    assert types["By Petra Lindqvist"] == ["byline"] and types["March 4, 2031"] == ["date"]
    body = [text for kind, text in _types(MENU_PAGE) if kind == "body"]
    assert len(body) == 3 and body[0].startswith("About 240") and body[-1].endswith("in the autumn.")
    meta = ingest.parse(MENU_PAGE).metadata
    assert meta["headline"] == "Garrison town waits as two companies prepare to ship out"
    assert meta["date"] == "2031-03-04" and "body_warning" not in meta


BREADCRUMB_PAGE = """NORTHERN LIGHTS NEWS
Home \u203a Europe \u203a Security
Land | Europe

Ministry sends engineers north as ice road season opens

Media release

Tuesday, 9 January 2029

Two hundred engineers will build the winter crossings, the ministry said on Tuesday.

The work is expected to take six weeks.
"""


def test_breadcrumbs_and_a_section_label_are_not_the_headline():
    types = _type_of(BREADCRUMB_PAGE)
    assert types["NORTHERN LIGHTS NEWS"] == ["navigation"]
    assert types["Home \u203a Europe \u203a Security"] == ["navigation"]
    assert types["Land | Europe"] == ["navigation"]
    assert types["Ministry sends engineers north as ice road season opens"] == ["headline"]


LABEL_ABOVE_DATE_PAGE = """Defence Portal | Releases

Media release

14 May 2030

Navy sends survey ship and 90 sailors to the northern fjords

The navy will send a survey ship and about 90 sailors to the northern fjords next week.

The ship will map the approaches to two harbours.

Last updated: 14 May 2030
"""


def test_a_headline_under_a_short_label_and_a_date_is_found():
    types = _type_of(LABEL_ABOVE_DATE_PAGE)
    assert types["Media release"] == ["navigation"]
    assert types["14 May 2030"] == ["date"]
    assert types["Navy sends survey ship and 90 sailors to the northern fjords"] == ["headline"]
    assert types["Last updated: 14 May 2030"] == ["date"]
    body = [text for kind, text in _types(LABEL_ABOVE_DATE_PAGE) if kind == "body"]
    assert body[-1] == "The ship will map the approaches to two harbours."


SINGLE_BREAK_PAGE = """The Valley Courier
Reservists called up as flood defences strain
By Tomas Ferreira
Published 12 February 2032
RIVERTON \u2014 About 300 reservists were called up on Sunday to help shore up flood barriers along the river.
The regional command said a further 150 would join them by Wednesday.
Volunteers stack sandbags near the old bridge on Sunday.
Photo: Courier staff
"We have never seen the water this high," a local official said.
The army has sent 12 trucks and two field kitchens.
"""


def test_paragraphs_on_single_lines_are_each_body_with_the_header_found():
    types = _type_of(SINGLE_BREAK_PAGE)
    assert types["The Valley Courier"] == ["navigation"]
    assert types["Reservists called up as flood defences strain"] == ["headline"]
    assert types["By Tomas Ferreira"] == ["byline"]
    assert types["Published 12 February 2032"] == ["date"]
    assert types["Volunteers stack sandbags near the old bridge on Sunday."] == ["caption"]
    assert types["Photo: Courier staff"] == ["photo_credit"]
    body = [text for kind, text in _types(SINGLE_BREAK_PAGE) if kind == "body"]
    assert len(body) == 4
    assert body[0].startswith("RIVERTON") and body[-1] == "The army has sent 12 trucks and two field kitchens."
    meta = ingest.parse(SINGLE_BREAK_PAGE).metadata
    assert meta["dateline"] == "RIVERTON" and meta["authors"] == ["Tomas Ferreira"]
    assert meta["photo_credits"] == ["Courier staff"]


SINGLE_BREAK_WITH_LINKS = """Coastline Today
Patrol boats head south for fisheries drill
By Ana Ruiz
April 2, 2033
Four patrol boats and about 120 sailors left port on Friday for a fisheries drill.
The drill will last ten days, the navy said.
Related
Navy opens new training pier
Is the coast guard ready for the storm season?
Fishing crews welcome longer patrols
"""


def test_a_link_list_after_single_line_paragraphs_is_related():
    types = _type_of(SINGLE_BREAK_WITH_LINKS)
    for line in ["Related", "Navy opens new training pier", "Is the coast guard ready for the storm season?",
                 "Fishing crews welcome longer patrols"]:
        assert types[line] == ["related"], line
    body = [text for kind, text in _types(SINGLE_BREAK_WITH_LINKS) if kind == "body"]
    assert body == ["Four patrol boats and about 120 sailors left port on Friday for a fisheries drill.",
                    "The drill will last ten days, the navy said."]


LINKS_PAGE = """Island Times

Marines arrive for the spring exercise on the northern island

By Kenji Mori

May 5, 2031

About 400 marines arrived on Tuesday for the spring exercise, the island's mayor said.

Marines unload gear at the harbour on Tuesday.
Island Times photo / Rina Sato

The exercise will run for three weeks.

Looking ahead

The mayor said the town would hold a welcome festival in June.

Read more: Harbour gets a new ferry terminal

More on this story

Town council debates housing for visiting troops
What the exercise means for fishermen

Most read
Share this article
"""


def test_related_blocks_and_a_picture_inside_the_body():
    types = _type_of(LINKS_PAGE)
    assert types["Marines unload gear at the harbour on Tuesday."] == ["caption"]
    assert types["Island Times photo / Rina Sato"] == ["photo_credit"]
    assert types["Looking ahead"] == ["subheading"]
    for line in ["Read more: Harbour gets a new ferry terminal", "More on this story",
                 "Town council debates housing for visiting troops", "What the exercise means for fishermen"]:
        assert types[line] == ["related"], line
    assert types["Most read"] == ["navigation"] and types["Share this article"] == ["navigation"]
    body = [text for kind, text in _types(LINKS_PAGE) if kind == "body"]
    assert body[0].startswith("About 400") and body[-1] == "The mayor said the town would hold a welcome festival in June."
    assert ingest.parse(LINKS_PAGE).metadata["photo_credits"] == ["Island Times photo / Rina Sato"]


def test_title_lines_after_the_last_paragraph_are_links_not_sub_headings():
    page = ("Signal corps moves its school to the coast\n\nBy Lea Brandt\n\nJune 1, 2030\n\n"
            "The signal school and its 80 instructors will move to the coast next year.\n\n"
            "The old barracks will be sold.\n\nCoast town plans new housing\n\nSignal school turns fifty\n")
    types = _type_of(page)
    assert types["Coast town plans new housing"] == ["related"]
    assert types["Signal school turns fifty"] == ["related"]


RELEASE_PAGE = """Ministry of Coastal Defence
News | Press Releases | Operations

Second rotation of 60 medics leaves for the island hospital

News item | 30-03-2031 | Ministry of Coastal Defence

A second rotation of 60 medics left for the island hospital on Monday.

The medics will stay for four months and relieve a team that has run the wards since the winter storms closed the harbour.

Photo: Medics board the transport aircraft at the air base on Monday morning. (Ministry of Coastal Defence)

Ends

For further information contact the ministry's press office.

(Release ID: 88412)
"""


def test_press_release_furniture_after_the_body():
    types = _type_of(RELEASE_PAGE)
    assert types["News | Press Releases | Operations"] == ["navigation"]
    assert types["Second rotation of 60 medics leaves for the island hospital"] == ["headline"]
    assert types["News item | 30-03-2031 | Ministry of Coastal Defence"] == ["date"]
    assert types["Photo: Medics board the transport aircraft at the air base on Monday morning. "
                 "(Ministry of Coastal Defence)"] == ["caption"]
    assert types["Ends"] == ["navigation"]
    assert types["For further information contact the ministry's press office."] == ["credit"]
    assert types["(Release ID: 88412)"] == ["navigation"]
    body = [text for kind, text in _types(RELEASE_PAGE) if kind == "body"]
    assert body == ["A second rotation of 60 medics left for the island hospital on Monday.",
                    "The medics will stay for four months and relieve a team that has run the wards since the "
                    "winter storms closed the harbour."]
    assert ingest.parse(RELEASE_PAGE).metadata["date"] == "2031-03-30"


# --- sentences glued at the full stop -------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The convoy left on Monday.The ministry said it was on time.",
         ["The convoy left on Monday.", "The ministry said it was on time."]),
        ("It moved 300 troops.Officials gave no date.", ["It moved 300 troops.", "Officials gave no date."]),
        ("The base opened in 2019.The runway came later.", ["The base opened in 2019.", "The runway came later."]),
        ("Was it planned?The colonel said no.", ["Was it planned?", "The colonel said no."]),
        ("He said it was \u201cdone.\u201dThe others left.", ["He said it was \u201cdone.\u201d", "The others left."]),
        ("She spoke to reporters.Lt. Col. Ann Voss agreed.", ["She spoke to reporters.", "Lt. Col. Ann Voss agreed."]),
        ("The U.S. Navy sent No.1 squadron and 1.5 million rounds.",
         ["The U.S. Navy sent No.1 squadron and 1.5 million rounds."]),
        ("See www.Defence.example/News.Today for details.", ["See www.Defence.example/News.Today for details."]),
        ("Write to press.Office@ministry.example for details.", ["Write to press.Office@ministry.example for details."]),
        ("A flight from No. 12 Squadron will go. Two ships follow.",
         ["A flight from No. 12 Squadron will go.", "Two ships follow."]),
    ],
)
def test_glued_sentences_are_split_and_dotted_words_are_not(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected
    ends = [0] + [e for _, e in spans]
    starts = [s for s, _ in spans] + [len(text)]
    assert all(not text[e:s].strip() for e, s in zip(ends, starts))  # only spaces between: no character lost


def test_glued_sentences_keep_exact_offsets_in_a_page():
    page = ("Engineers start on the new bridge\n\n"
            "Work began on Monday.The army said 45 engineers would finish by May.It gave no cost.\n")
    parsed = ingest.parse(page)
    body = parsed.sentences[parsed.sentences.block_type == "body"]
    assert list(body.text) == ["Work began on Monday.", "The army said 45 engineers would finish by May.",
                               "It gave no cost."]
    for row in parsed.sentences.itertuples():
        assert parsed.raw[row.char_start:row.char_end] == row.text
    assert parsed.raw == page  # nothing inserted


# --- no page loses its body silently --------------------------------------------------------

UNFINDABLE_BODY_PAGE = """Home | World | Regions
Brigade moves east

Troops board trains at dawn
Tanks follow by road
Families gather at the gate
Mayor thanks departing crews
Convoy reaches the border
Related: Rail line reopens after repairs
"""


def test_a_page_whose_body_the_rules_cannot_find_is_flagged():
    parsed = ingest.parse(UNFINDABLE_BODY_PAGE)
    assert "body" not in set(parsed.blocks.type)
    warning = parsed.metadata["body_warning"]
    assert warning.startswith("No line was typed as body") and warning.endswith(".") and warning.count(". ") == 0


def test_a_page_with_a_thin_body_is_flagged_with_its_share():
    links = "".join(f"Garrison news item number {n} for the week\n" for n in range(40))
    page = ("Garrison adds a night shift at the gate\n\nBy Ola Berg\n\nJuly 2, 2030\n\n"
            "The garrison added a night shift of 20 guards at the main gate.\n\nMore on this story\n" + links)
    warning = ingest.parse(page).metadata["body_warning"]
    assert warning.startswith("Only 13 of the page's 343 words") and "related" in warning


def test_pages_with_their_body_have_no_flag(seed_article):
    assert "body_warning" not in seed_article.metadata
    for page in [MENU_PAGE, SINGLE_BREAK_PAGE, LINKS_PAGE, RELEASE_PAGE]:
        assert "body_warning" not in ingest.parse(page).metadata


# --- shapes of lines ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, menu",
    [("World | Asia", True), ("Home \u203a Africa \u203a West Africa", True), ("News  Local  Defence  Sport", True),
     ("News / Your Army", True), ("Troops head to the border | Evening Post", False),
     ("Two  spaces", False), ("The army said so. | More", False)],
)
def test_menu_lines(line, menu):
    assert is_menu_line(line) == menu


@pytest.mark.parametrize(
    "line, iso",
    [("News item | 30-03-2031 | Ministry", None), ("30-03-2031", "2031-03-30"), ("14/10/2030 - 15:42", "2030-10-14"),
     ("10/14/2030", "2030-10-14"), ("April 10, 2030 8:14 AM GMT+8 Updated an hour ago", "2030-04-10"),
     ("Published: 14/10/2030 - 15:42 Modified: 14/10/2030 - 16:10", "2030-10-14")],
)
def test_more_date_shapes(line, iso):
    if iso is None:
        assert not is_date_line(line) and find_dates(line)[0][1] == "2031-03-30"
    else:
        assert is_date_line(line) and find_dates(line)[0][1] == iso


def test_block_types_are_declared_once():
    assert block_types.BLOCK_TYPES == tuple(block_types.TYPE_RULES)
    assert layout.TYPE_RULES is block_types.TYPE_RULES
    assert ingest.BLOCK_TYPES is article_module.BLOCK_TYPES is block_types.BLOCK_TYPES
    assert ingest.PROSE_TYPES is block_types.PROSE_TYPES
    assert set(block_types.TEXT_TYPES) == set(block_types.PROSE_TYPES) - {"image_alt"}
    typed = {row.type for page in [MENU_PAGE, LINKS_PAGE, RELEASE_PAGE] for row in ingest.parse(page).blocks.itertuples()}
    assert typed <= set(block_types.BLOCK_TYPES)


@pytest.mark.parametrize(
    "text",
    ["." * 200_000, "?" * 200_000 + " A", "word." * 40_000 + "Word", "March 3, 2030 | " * 12_000,
     "a" + " " * 200_000 + "b", "Mr. " * 50_000, "Short title line\n" * 20_000],
    ids=["stops", "questions", "glued", "dates", "spaces", "abbreviations", "lines"],
)
def test_long_odd_pages_are_read_whole(text):
    """Odd pages are read to the end with exact offsets (their speed is measured by `make bench`)."""
    article = ingest.parse(text)
    for row in article.blocks.itertuples():
        assert text[row.char_start:row.char_end] == row.text
    assert article.blocks["char_end"].max() <= len(text)


def test_wire_sign_offs_after_the_body_are_not_body():
    page = ("Ghana sends 400 engineers to South Sudan\n\n"
            "ACCRA, Oct 3, 2019 (AFP) - Ghana will send 400 army engineers to South Sudan, the army said.\n\n"
            "The engineers will repair roads near Malakal.\n\n"
            "kwa/ms/tw\n")
    types = _type_of(page)
    assert types["kwa/ms/tw"] == ["navigation"]
    assert ingest.parse(page).metadata["agencies"] == ["AFP"]
    page = ("Seoul adds 300 troops to Lebanon unit\n\n"
            "SEOUL, May 2 (Yonhap) -- South Korea will add 300 troops to its Lebanon unit.\n\n"
            "(END)\n")
    assert _type_of(page)["(END)"] == ["navigation"]


def test_a_line_above_the_dateline_is_the_standfirst_and_the_body_opens_at_the_dateline():
    page = ("Pacific Fleet marines land on Iturup for drills\n\n"
            "Some 1,500 marines have come ashore, the fleet said\n\n"
            "VLADIVOSTOK, August 9. /TASS/. Marines of the Pacific Fleet have landed on Iturup island.\n\n"
            "The drills will last a week.\n")
    types = _type_of(page)
    assert types["Some 1,500 marines have come ashore, the fleet said"] == ["standfirst"]
    body = [text for kind, text in _types(page) if kind == "body"]
    assert body[0].startswith("VLADIVOSTOK, August 9. /TASS/.")
    assert ingest.parse(page).metadata["dateline"] == "VLADIVOSTOK"


def test_an_outlets_photo_credit_in_brackets_makes_the_line_a_caption():
    page = ("Harbour town waves off its sailors\n\n"
            "About 200 sailors left the harbour on Monday for a six-month patrol.\n\n"
            "Families wave from the quay as the frigate leaves. (Gazette photo: Ana Ruiz)\n")
    types = _type_of(page)
    assert types["Families wave from the quay as the frigate leaves."] == ["caption"]
    assert types["(Gazette photo: Ana Ruiz)"] == ["photo_credit"]


def test_an_outlets_name_above_the_headline_is_navigation():
    page = ("The Pacific Daily Observer - Regional News Service\n\n"
            "Fiji to send 180 peacekeepers to Golan Heights\n\n"
            "SUVA - Fiji will send 180 soldiers to the Golan Heights in June, the military said.\n")
    types = _type_of(page)
    assert types["The Pacific Daily Observer - Regional News Service"] == ["navigation"]
    assert types["Fiji to send 180 peacekeepers to Golan Heights"] == ["headline"]
    page = "Press Briefing on Force Posture in the Gulf\n\nTranscript\n\nMR. LANE: Good afternoon.\n"
    assert _type_of(page)["Press Briefing on Force Posture in the Gulf"] == ["headline"]


@pytest.mark.parametrize("headline, following", [
    ("Why is Britain sending 900 troops to Estonia?", "By Tom Hart, Defence Editor"),
    ("Kenya deploys 400 police officers to Haiti.", "NAIROBI, July 25 (Reuters) - Kenya deployed 400 officers."),
])
def test_a_headline_ended_like_a_sentence_is_found_above_its_byline_or_dateline(headline, following):
    page = f"{headline}\n\n{following}\n\nThey will serve for a year.\n"
    assert _type_of(page)[headline] == ["headline"]


_OPENING = ("Valletta will take in some 300 Italian marines for the exercise, the armed forces said on Tuesday, "
            "after weeks of talks over the harbour.")


@pytest.mark.parametrize("top", [
    "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
    "Sign up for our daily newsletter",
    "Defence, Malta, Italy, Mediterranean",
    "Photo: Italian marines on the quay at Valletta",
])
def test_a_consent_line_a_sign_up_line_tags_or_a_caption_above_the_headline_is_not_the_headline(top):
    page = f"{top}\n\nMalta to host 300 Italian marines for harbour drill\n\n{_OPENING}\n"
    heads = [text for kind, text in _types(page) if kind == "headline"]
    assert heads == ["Malta to host 300 Italian marines for harbour drill"]


def test_a_long_first_line_above_running_text_is_the_headline():
    headline = ("Malta to host 300 Italian marines for a harbour drill after weeks of talks between Rome and "
                "Valletta over berths, ranges and the cost")
    assert len(headline.split()) > 20
    assert _types(f"{headline}\n\n{_OPENING}\n")[0] == ("headline", headline)


def test_a_long_first_line_above_a_short_line_is_not_taken_for_a_headline():
    line = " ".join(["word"] * 24)
    assert "headline" not in [kind for kind, _ in _types(f"{line}\n\nShort line\n\n{_OPENING}\n")][:1]


@pytest.mark.parametrize("note", [
    "This article was first published in Maltese.",
    "The views expressed in this article are the author's own.",
    "--Anna Kask, Valletta",
    "Anna Kask is a defence correspondent based in Valletta. She has covered the navy since 2015.",
])
def test_a_note_on_the_story_or_its_writer_after_the_body_is_not_body(note):
    last = "The drill is the largest held on the island since 2019."
    page = f"Malta to host 300 Italian marines for harbour drill\n\n{_OPENING}\n\n{last}\n\n{note}\n"
    body = [text for kind, text in _types(page) if kind == "body"]
    assert body == [_OPENING, last]


def test_a_person_described_as_a_writer_inside_the_story_stays_body():
    middle = "Anna Kask is a retired editor who now runs the harbour museum."
    page = f"Malta to host 300 Italian marines for harbour drill\n\n{_OPENING}\n\n{middle}\n\nThe drill ends in May.\n"
    assert [text for kind, text in _types(page) if kind == "body"] == [_OPENING, middle, "The drill ends in May."]


ISSUER_PAGE = """Directorate of Coastal Defence, Republic of Norland
News | Releases | Photos

MEDIA RELEASE
Release No. 31-204
4 April 2026

Coastal regiment moves two companies to the northern islands

About 240 soldiers of the coastal regiment will move to Vardholm next week, the directorate said.

The companies will stay until the autumn.

Correction: An earlier version of this release gave the wrong date for the move.

ab-cde/fg
"""


def test_an_issuers_name_above_its_menu_and_a_releases_labels_are_no_headline():
    types = _type_of(ISSUER_PAGE)
    assert types["Coastal regiment moves two companies to the northern islands"] == ["headline"]
    assert types["Directorate of Coastal Defence, Republic of Norland"] == ["navigation"]
    assert types["MEDIA RELEASE"] == ["navigation"] and types["Release No. 31-204"] == ["navigation"]


def test_a_correction_and_a_sign_off_with_a_hyphen_end_the_body():
    types = _type_of(ISSUER_PAGE)
    assert types["The companies will stay until the autumn."] == ["body"]
    assert "body" not in types["Correction: An earlier version of this release gave the wrong date for the move."]
    assert "body" not in types["ab-cde/fg"]


def test_a_line_of_facts_about_the_story_is_no_headline():
    page = ("Harbour Herald\nHome | Archive | Defence\nFrom our archive \u00b7 Originally published 2 May 1991 \u00b7 4 comments\n\n"
            "Relief force lands at the river port\n\nAbout 900 marines landed at the port on Thursday, officials said.\n")
    types = _type_of(page)
    assert types["Relief force lands at the river port"] == ["headline"]
    assert "headline" not in types["From our archive \u00b7 Originally published 2 May 1991 \u00b7 4 comments"]
