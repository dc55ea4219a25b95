"""Speakers, roles and affiliations: general rules, on sentences written for these tests."""

import pytest

from posture import ingest, quotes
from posture.quotes.ranks import is_rank, is_rank_only, title_word
from posture.quotes.speakers import body_as_named, parse_mention, title_or_blank


def quote_rows(*paragraphs):
    """The quote table of an article made of a headline and these paragraphs."""
    text = "Test headline\n\n" + "\n\n".join(paragraphs) + "\n"
    table = quotes.find_quotes(ingest.parse(text))
    return table.set_index("text")


def who(table, text):
    row = table.loc[text]
    return row["speaker"], row["speaker_role"], row["speaker_affiliation"]


# --- ranks ---------------------------------------------------------------------------------

def test_ranks_are_read_with_their_abbreviations_and_hyphens():
    assert is_rank("Lt.-Col.") and is_rank("Maj-Gen") and is_rank("Sgt.") and is_rank("colonel")
    assert is_rank_only("Lance Cpl.") and is_rank_only("Rear Adm.") and is_rank_only("Brig. Gen.")
    assert not is_rank_only("spokesperson") and not is_rank_only("Deputy Commander") and not is_rank_only("Lance")
    assert title_word("Col.") == "colonel" and title_word("Gen.") == "general"
    assert not is_rank("Lance") and not is_rank("Colombo")


@pytest.mark.parametrize("rank", [
    "Sgt. 1st Class", "Petty Officer 2nd Class", "Airman First Class", "Chief Petty Officer", "Air Vice-Marshal",
    "Flight Lieutenant", "Group Captain", "Command Sgt. Maj.", "Gunnery Sgt.", "1st Lt.", "Lieutenant Commander",
])
def test_ranks_of_several_words_are_the_title_and_not_part_of_the_name(rank):
    table = quote_rows(f"\u201cThe ramp is open,\u201d said {rank} Tamsin Okoro.")
    assert who(table, "The ramp is open,") == ("Tamsin Okoro", rank, "")
    assert is_rank_only(rank)


def test_a_rank_alone_is_the_role_and_never_part_of_the_name():
    table = quote_rows('Maj.-Gen. Oskar Lindqvist inspected the depot. "The stores are full," he said.')
    assert who(table, "The stores are full,") == ("Oskar Lindqvist", "Maj.-Gen.", "")
    mention = parse_mention("Staff Sgt. Ruth Abara")
    assert (mention.name, mention.role) == ("Ruth Abara", "Staff Sgt.")


def test_a_first_name_that_looks_like_a_rank_modifier_stays_in_the_name():
    mention = parse_mention("Lance Whitfield")
    assert (mention.kind, mention.name, mention.role) == ("person", "Lance Whitfield", "")


def test_a_rank_does_not_end_the_sentence():
    table = quote_rows('"The ferry leaves at dawn," said Brig. Hana Vosk, who leads the convoy.')
    assert table.loc["The ferry leaves at dawn,", "speaker"] == "Hana Vosk"


# --- titles in appositives and before names -----------------------------------------------

def test_a_title_in_an_appositive_beats_a_rank_and_keeps_the_body_as_named():
    mention = parse_mention("Maj. Lena Ortiz, spokesperson for U.S. Army Forces, Europe")
    assert (mention.name, mention.role, mention.affiliation) == ("Lena Ortiz", "spokesperson", "U.S. Army Forces, Europe")
    mention = parse_mention("Capt. Ivo Brandt, spokesman for the Naval Forces of Chile")
    assert (mention.role, mention.affiliation) == ("spokesman", "Naval Forces of Chile")


def test_a_country_possessive_leads_an_office_title():
    mention = parse_mention("Chile's chief of naval operations, Adm. Tomas Ferro")
    assert (mention.name, mention.role, mention.affiliation) == ("Tomas Ferro", "chief of naval operations", "Chile")
    mention = parse_mention("Estonia's interior minister Mart Kask")
    assert (mention.name, mention.role, mention.affiliation) == ("Mart Kask", "interior minister", "Estonia")


def test_an_unknown_country_possessive_is_still_the_affiliation():
    table = quote_rows('Gen. Amani Odhiambo, Tanzania\'s chief of defence forces, spoke at the base. '
                       '"We leave on Friday," the defence chief said.')
    assert who(table, "We leave on Friday,") == ("Amani Odhiambo", "chief of defence forces", "Tanzania")


def test_a_person_possessive_gives_that_persons_affiliation_not_the_name():
    table = quote_rows("Polish President Adam Wrona met the troops.",
                       'Wrona\'s chief adviser Ewa Sadowska said: "The visit went well."')
    assert who(table, "The visit went well.") == ("Ewa Sadowska", "chief adviser", "Poland")


def test_a_title_before_a_comma_and_a_name():
    table = quote_rows('Latvia\'s defence minister, Ilze Berzina, called the plan "a sound beginning."')
    assert who(table, "a sound beginning.") == ("Ilze Berzina", "defence minister", "Latvia")


def test_an_office_title_keeps_its_of_phrase_but_a_spokesman_for_someone_does_not():
    mention = parse_mention("Deputy Director for Logistics, Joint Staff")
    assert (mention.role, mention.affiliation) == ("Deputy Director for Logistics", "Joint Staff")
    mention = parse_mention("a spokesman for the Foreign Office")
    assert (mention.role, mention.affiliation) == ("spokesman", "Foreign Office")


def test_a_body_before_spokeswoman_is_the_affiliation_but_a_title_word_is_not():
    mention = parse_mention("a Navy spokeswoman")
    assert (mention.kind, mention.role, mention.affiliation) == ("person", "spokeswoman", "Navy")
    mention = parse_mention("senior Foreign Office spokeswoman Greta Holm")
    assert (mention.name, mention.role, mention.affiliation) == ("Greta Holm", "senior spokeswoman", "Foreign Office")
    assert parse_mention("Chief Spokesman Omar Reyes").affiliation == ""
    assert parse_mention("Deputy Spokeswoman Iris Kahn").affiliation == ""


def test_a_spokesman_for_a_countrys_ministry_names_the_ministry():
    mention = parse_mention("a spokeswoman for Chile's Defense Ministry")
    assert (mention.role, mention.affiliation) == ("spokeswoman", "Defense Ministry")


def test_a_place_after_a_spokesperson_is_not_part_of_the_speaker():
    mention = parse_mention("a Ministry of Defence spokesperson in Berlin")
    assert (mention.text, mention.role, mention.affiliation) == (
        "a Ministry of Defence spokesperson", "spokesperson", "Ministry of Defence")


def test_a_local_resident_with_a_lowercase_trade():
    table = quote_rows('At the harbour, ferry owner Yusuf Demir has added a night crossing. '
                       '"The sailors want to see the old town," he said.')
    assert who(table, "The sailors want to see the old town,") == ("Yusuf Demir", "ferry owner", "")


def test_and_before_a_title_is_not_part_of_it():
    table = quote_rows('Tanks and owner Liam Roe arrived. "It was loud," he said.')
    assert table.loc["It was loud,", "speaker_role"] != "and owner"


# --- descriptions resolved --------------------------------------------------------------------

def test_the_spokeswoman_is_the_one_described_before():
    table = quote_rows("Two transport planes landed overnight, a Navy spokeswoman said.",
                       '"More will follow," the spokeswoman said.')
    assert who(table, "More will follow,") == ("a Navy spokeswoman", "spokeswoman", "Navy")


def test_the_colonel_is_the_colonel_named_before_not_the_last_person():
    table = quote_rows("Col. Petra Vogt runs the training range.",
                       "Sgt. Karl Imhof drove the first tank off the ramp.",
                       '"The range is ready," the colonel said.')
    assert table.loc["The range is ready,", "speaker"] == "Petra Vogt"


def test_a_title_named_only_in_the_next_sentence():
    table = quote_rows('The garrison\'s commander said the move would be "slow and careful." '
                       "Col. Irene Falk told local officials that 400 soldiers would come first.")
    assert who(table, "slow and careful.") == ("Irene Falk", "commander", "")


def test_a_title_with_nobody_nearby_stays_a_description():
    table = quote_rows('"The gates open at six," the quartermaster said.')
    assert table.loc["The gates open at six,", "speaker"] != "Test headline"


def test_its_spokesman_speaks_for_the_body_just_named():
    table = quote_rows("Chile's defence ministry welcomed the plan. Its spokesman, Diego Sanz, told reporters "
                       'the drills were "long overdue."')
    assert who(table, "long overdue.") == ("Diego Sanz", "spokesman", "defence ministry")


def test_a_spokesman_for_the_command_takes_the_command_named_before():
    table = quote_rows("The exercise will start in May, U.S. Forces Japan said on Tuesday.",
                       '"We are ready," said Maj. Rosa Kim, a spokeswoman for the command.')
    assert who(table, "We are ready,") == ("Rosa Kim", "spokeswoman", "U.S. Forces Japan")


def test_a_document_seen_by_a_newspaper_is_the_speaker_not_the_newspaper():
    table = quote_rows('An internal Pentagon memo seen by the Daily Ledger calls the schedule "too tight."')
    assert who(table, "too tight.") == ("an internal Pentagon memo", "", "Pentagon")


def test_a_joke_in_a_caption_is_attributed():
    table = quote_rows('Pvt. Noor Haddad unloads crates at the pier. "The sea is colder than home," she joked.')
    assert who(table, "The sea is colder than home,") == ("Noor Haddad", "Pvt.", "")


# --- transcripts ---------------------------------------------------------------------------------

def test_transcript_speakers_take_the_title_the_introduction_gives():
    table = quote_rows(
        "Ministry of Defence Press Briefing by Press Secretary Nina Holt and Cmdr. Aron Pike, "
        "Director for Plans, Joint Staff",
        "MS. HOLT: Good morning. The ships sail tonight.",
        "Q: How many sailors?",
        "CMDR. PIKE: About 900 in all.",
    )
    assert who(table, "Good morning. The ships sail tonight.") == ("Nina Holt", "Press Secretary", "Ministry of Defence")
    assert who(table, "About 900 in all.") == ("Aron Pike", "Director for Plans", "Joint Staff")


def test_a_capitalised_office_is_not_a_name():
    assert parse_mention("Operations Director Li Wen").name == "Li Wen"
    # an office title of two capitalised words stays a title, not a person called "Foreign Affairs"
    mention = parse_mention("Minister for Foreign Affairs")
    assert (mention.kind, mention.name, mention.role) == ("person", "", "Minister for Foreign Affairs")


def _quotes_of(page: str):
    return quotes.find_quotes(ingest.parse(page))


def test_a_title_given_the_paragraph_before_goes_to_the_name_that_follows():
    page = ("Talks set for Friday\n\nThe Elysee's chief diplomatic adviser said the two leaders would meet soon.\n\n"
            '"The agenda is ready," Claire Dumontel told reporters.\n')
    row = _quotes_of(page).iloc[0]
    assert (row.speaker, row.speaker_role, row.speaker_affiliation) == (
        "Claire Dumontel", "chief diplomatic adviser", "Elysee")


def test_a_title_is_not_carried_to_a_name_already_titled_or_two_paragraphs_on():
    page = ("Talks set for Friday\n\nThe Elysee's chief diplomatic adviser said the leaders would meet.\n\n"
            "Weather was poor.\n\n"
            '"The agenda is ready," Claire Dumontel told reporters.\n')
    assert _quotes_of(page).iloc[0].speaker_role == ""


def test_a_group_speaks_for_the_organisation_named_before_it():
    page = 'Allies meet\n\nIn the EU statement, 27 members said they "stand together."\n'
    row = _quotes_of(page).iloc[0]
    assert (row.speaker, row.speaker_affiliation) == ("27 members", "EU")


@pytest.mark.parametrize("phrase, name, role, affiliation", [
    ("USFK spokesman Col. Gregory Tallant", "Gregory Tallant", "spokesman", "USFK"),
    ("Northern Fleet commander Vice Admiral Oleg Strelnikov", "Oleg Strelnikov", "commander", "Northern Fleet"),
    ("Solomon Islands opposition leader Ben Tuke", "Ben Tuke", "opposition leader", "Solomon Islands"),
    ("Pentagon spokesman John Kirby", "John Kirby", "spokesman", "Pentagon"),
    ("Mr Dutton", "Dutton", "", ""),
    ("Defence Minister Peter Dutton", "Peter Dutton", "Defence Minister", ""),
    ("Lance Cpl. Jordan Ruiz", "Jordan Ruiz", "Lance Cpl.", ""),
    ("Townsville Mayor Craig Dunstan", "Craig Dunstan", "mayor", "Townsville"),
    ("one lawmaker, Nivi Berg", "Nivi Berg", "lawmaker", ""),
    ("an Egyptian staff officer", "", "staff officer", "Egypt"),
    ("NATO Secretary General Piet Laan", "Piet Laan", "Secretary General", "NATO"),
    ("Director General Piet Laan", "Piet Laan", "Director General", ""),
    ("the alliance's top commander in Europe", "", "top commander", "alliance"),
    ("head of the Baltic Defence College in Tartu", "", "head", "Baltic Defence College"),
    ("Rep. Piet Laan", "Piet Laan", "Rep.", ""),
    ("Air Commodore Raj Sen", "Raj Sen", "Air Commodore", ""),
])
def test_a_title_is_read_into_body_role_and_name(phrase, name, role, affiliation):
    mention = parse_mention(phrase)
    assert (mention.name, mention.role, mention.affiliation) == (name, role, affiliation)


def test_a_body_the_tables_do_not_place_has_no_country():
    from posture.lang.affiliations import country_named

    assert country_named("DW Washington") == "" and country_named("Pentagon") == "United States"
    assert country_named("Kenya") == "Kenya" and country_named("NATO") == "NATO"


def test_a_relative_clause_gives_the_title_and_the_body():
    mention = parse_mention("Lt. Col. Ilse Moor, who commands the Dutch contingent")
    assert (mention.name, mention.role, mention.affiliation) == ("Ilse Moor", "commander", "Dutch contingent")


# --- speaker phrases that run past the name --------------------------------------------------

def test_a_sentence_glued_to_the_next_does_not_join_the_speaker_phrase():
    table = quote_rows('"The garrison goes home in May," the pact\'s secretary-general said in Osh.Temir Baiko added '
                       'that the base would stay "open for training" after that.')
    assert who(table, "open for training")[0] == "Temir Baiko"


def test_a_relative_clause_or_appositive_after_the_name_is_not_the_speaker():
    table = quote_rows('The flotilla commander, who sailed from Brest in June, said the ships were "ready for winter." '
                       'Capt. Hélène Marchetti, who took over the flotilla in May, told reporters the crews were '
                       '"tired but proud."')
    # the title the sentence before gave her beats her rank
    assert who(table, "tired but proud.")[:2] == ("Hélène Marchetti", "flotilla commander")
    table = quote_rows('Brig. Tomasz Wrona, a deputy chief of the general staff, told a radio station that the move was '
                       '"routine."')
    assert who(table, "routine.")[:2] == ("Tomasz Wrona", "deputy chief of the general staff")


def test_a_participle_after_a_clause_takes_the_subject_of_the_sentence():
    table = quote_rows('"Nothing changes on the ground," Col. Ines Okafor told a briefing in Abuja, adding that the '
                       'unit would be "smaller, not weaker."')
    assert who(table, "smaller, not weaker.")[0] == "Ines Okafor"


def test_a_sentence_that_closes_with_a_verb_like_called_up_names_no_speaker():
    table = quote_rows('In the market, Yusuf Demir said half of his drivers had been called up. '
                       '"We will manage," he said.')
    assert who(table, "We will manage,")[0] == "Yusuf Demir"


# --- titles, honorifics and names ------------------------------------------------------------

def test_honorifics_and_enlisted_ranks_are_not_part_of_the_name():
    assert parse_mention("Sir Alan Brackley").name == "Alan Brackley"
    assert (parse_mention("Councillor Ruth Abney").name, parse_mention("Councillor Ruth Abney").role) == (
        "Ruth Abney", "Councillor")
    assert parse_mention("Rifleman Owen Tate").name == "Owen Tate"
    assert parse_mention("government spokesman Khalid al-Mansouri").name == "Khalid al-Mansouri"


def test_a_dateline_in_capitals_is_not_a_person():
    table = quote_rows('MOMBASA, Kenya — A sailor carried a duffel bag down the gangway. "I miss my kids," he said.')
    assert who(table, "I miss my kids,")[0] != "MOMBASA"
    assert parse_mention("MOMBASA").kind != "person"


def test_a_name_after_the_title_in_the_closing_clause_is_the_speaker():
    table = quote_rows('"We came to help," said the contingent\'s spokesman, Lt. Col. Amani Kagame.')
    assert who(table, "We came to help,")[0] == "Amani Kagame"


def test_a_title_with_no_name_takes_the_name_given_in_the_next_sentence():
    table = quote_rows('"The roads are quiet now," said a district councillor. Omar Diallo said traders paid for '
                       'escorts to reach the market.')
    assert who(table, "The roads are quiet now,")[:2] == ("Omar Diallo", "district councillor")
    table = quote_rows('"We are watching every ship," Fiji\'s deputy navy chief told reporters. Ratu Vosa said patrols '
                       'had doubled.')
    assert who(table, "We are watching every ship,")[0] == "Ratu Vosa"


def test_a_subject_with_its_name_set_off_by_commas_is_one_person():
    table = quote_rows('Norway\'s chief of defence, Gen. Siri Haugen, met the troops at Bardufoss. '
                       '"This is where we train," the defence chief said.')
    assert who(table, "This is where we train,")[0] == "Siri Haugen"
    table = quote_rows('A Kremlin adviser, Oleg Varin, said the troops would leave "when the job is done" and called '
                       'the protests "theatre."')
    assert who(table, "theatre.")[:3] == ("Oleg Varin", "adviser", "Kremlin")


def test_a_country_and_a_body_in_one_title_give_the_body_as_affiliation_and_the_country_apart():
    mention = parse_mention("Peruvian Foreign Ministry spokeswoman Lucia Campos")
    assert (mention.name, mention.role, mention.affiliation, mention.country) == (
        "Lucia Campos", "spokeswoman", "Foreign Ministry", "Peru")
    mention = parse_mention("a Thai defence ministry official")
    assert (mention.role, mention.affiliation, mention.country) == ("official", "defence ministry", "Thailand")
    table = quote_rows('"The ships will stay," said Peruvian Foreign Ministry spokeswoman Lucia Campos.')
    row = table.loc["The ships will stay,"]
    assert (row["speaker_affiliation"], row["speaker_country"]) == ("Foreign Ministry", "Peru")


def test_a_title_that_serves_a_named_body_gives_the_body():
    assert (parse_mention("Col. Ada Obi, director of information for the Ghanaian army").role,
            parse_mention("Col. Ada Obi, director of information for the Ghanaian army").affiliation) == (
        "director of information", "Ghanaian army")
    mention = parse_mention("Lena Fisk, a senior analyst at the Bergen Defence Forum")
    assert (mention.role, mention.affiliation) == ("senior analyst", "Bergen Defence Forum")
    assert parse_mention("a spokesman for Camp Lemonnier").affiliation == "Camp Lemonnier"
    assert parse_mention("a spokeswoman for the command").owner == "its"  # resolved to the command named before


def test_the_body_a_relative_clause_commands_beats_the_nationality():
    mention = parse_mention("Brig. Gen. Karl Maier, the German officer who commands KFOR")
    assert (mention.name, mention.role, mention.affiliation, mention.country) == (
        "Karl Maier", "commander", "KFOR", "Germany")
    mention = parse_mention("a senior Malian officer who asked not to be named")
    assert (mention.role, mention.affiliation) == ("senior officer", "Mali")


def test_an_adjective_before_a_title_is_not_a_body_and_no_phrase_opens_with_said():
    mention = parse_mention("Kofi Mensah, a military expert")
    assert (mention.role, mention.affiliation) == ("military expert", "")
    mention = parse_mention("said the brigade's commanding officer")
    assert mention.role == "commanding officer"


def test_who_speaks_for_and_who_chairs_give_the_body():
    mention = parse_mention("Maj. Tom Reade, a British officer who speaks for KFOR in Pristina")
    assert (mention.name, mention.affiliation, mention.country) == ("Tom Reade", "KFOR", "United Kingdom")
    mention = parse_mention("Ann Lidell, who chairs the county board")
    assert (mention.role, mention.affiliation) == ("chair", "county board")


def test_a_surname_of_two_resolves_to_the_one_person_holding_it():
    table = quote_rows("The briefing was given by Gen. Tomás Herrera Vidal, the force commander.",
                       '"We leave in good order," Herrera said.')
    assert who(table, "We leave in good order,")[0] == "Tomás Herrera Vidal"


def test_a_clause_after_the_appositive_is_not_an_affiliation():
    table = quote_rows('"The first aircraft land next week," Col. Omar Sayed, the army\'s spokesman, said in a '
                       'televised statement.He gave no date.')
    assert who(table, "The first aircraft land next week,")[:2] == ("Omar Sayed", "spokesman")
    assert "statement" not in who(table, "The first aircraft land next week,")[2]


def test_a_senior_rank_is_a_rank_and_a_region_word_no_part_of_the_role():
    mention = parse_mention("defence ministry spokesman Senior Col. Wu Qian")
    assert (mention.name, mention.role, mention.affiliation) == ("Wu Qian", "spokesman", "defence ministry")
    assert parse_mention("a senior European diplomat").role == "senior diplomat"


def test_a_clause_after_a_name_is_not_its_title():
    assert parse_mention("Mere Tane, whose husband serves in the battalion").role == ""
    table = quote_rows("The briefing was given by the commander of the Joint Operations Command, Lt. Gen. Rui Sousa, "
                       "and the ministry's spokeswoman, Ms. Ines Prata.",
                       '"The contingent leaves in May," Sousa said.')
    assert who(table, "The contingent leaves in May,")[:3] == ("Rui Sousa", "commander", "Joint Operations Command")


def test_an_unnamed_speaker_with_a_who_clause_is_the_speaker():
    table = quote_rows('A senior Asian diplomat, who spoke on condition of anonymity, said the plan was "a step back."')
    assert (who(table, "a step back.")[0].lower(), who(table, "a step back.")[1]) == (
        "a senior asian diplomat", "senior diplomat")


def test_a_title_beats_the_office_a_who_clause_gives_unless_it_is_a_rank():
    assert parse_mention("Councillor Ann Rhys, who chairs the town council").role == "Councillor"
    assert parse_mention("Col. Ana Ruiz, who commands the engineers").role == "commander"


def test_a_body_in_a_city_is_the_body():
    assert parse_mention("Dr. Lena Fisk, a senior fellow at the Harbour Institute in Oslo").affiliation == "Harbour Institute"


def test_a_headline_quote_takes_the_speaker_of_the_same_words_in_the_body():
    text = ("Mogadishu hails 'historic' Egyptian deployment\n\n"
            "CAIRO - Egypt will send 1,000 soldiers to Somalia.\n\n"
            "\"This is a historic day for our two nations,\" said Somalia's defence minister, Abdi Farah.\n")
    table = quotes.find_quotes(ingest.parse(text)).set_index("text")
    assert table.loc["historic", "speaker"] == "Abdi Farah"
    assert table.loc["historic", "rule"] == "speaker of the same words in the body"


def test_a_statement_from_a_body_is_the_bodys_and_a_place_after_a_speaker_is_not_the_speaker():
    mention = parse_mention("a statement from the Danish Armed Forces")
    assert (mention.kind, mention.text) == ("institution", "the Danish Armed Forces")
    mention = parse_mention("a senior officer at the ministry")
    assert (mention.text, mention.role, mention.affiliation) == ("a senior officer", "senior officer", "ministry")


def test_a_family_name_written_first_resolves_to_the_full_name():
    table = quote_rows("Defence ministry spokesman Senior Col. Wu Qian spoke at a briefing.",
                       'Wu said "more than 1,000" soldiers would return.')
    assert who(table, "more than 1,000")[0] == "Wu Qian"


def test_the_speaker_of_a_second_partial_quote_is_found_after_the_first():
    table = quote_rows("The army's chief called it 'routine' and the minister's aide said 'no comment'.")
    assert who(table, "no comment")[0] == "the minister's aide"


def test_he_is_the_unnamed_person_the_paragraph_is_about_and_no_number_word_is_a_name():
    text = ("Troops head north\n\nAbout 200 soldiers left on Monday.\n\n"
            "A soldier waves goodbye. \"See you soon,\" he said. (Photo: Ana Ruiz)\n\nThe rest will follow.\n")
    table = quotes.find_quotes(ingest.parse(text)).set_index("text")
    assert table.loc["See you soon,", "speaker"] == "a soldier"


def test_what_a_capital_calls_something_is_the_capitals_words():
    table = quote_rows('The troops arrived on Monday, in what Moscow calls a "special operation".')
    assert who(table, "special operation")[0] == "Moscow"


def test_an_inverted_subject_is_who_she_is():
    table = quote_rows('Among those waving goodbye was Ana Vake, 58, of Lautoka. "He always comes back," she said.')
    assert who(table, "He always comes back,")[0] == "Ana Vake"


def test_a_title_before_a_quote_takes_the_name_given_right_after_the_next_quote():
    table = quote_rows('Chile\'s defense minister said the operation would last "as long as it takes" to end the '
                       'smuggling. "We will not allow it," Admiral Jorge Vial told state television.')
    assert who(table, "as long as it takes")[0] == "Jorge Vial"


def test_the_general_is_the_person_named_with_that_rank():
    table = quote_rows("Brig. Gen. Tom Hale, deputy commander of the Pacific command, spoke after him. "
                       '"We came as guests," the general said.')
    assert who(table, "We came as guests,")[0] == "Tom Hale"


def test_he_after_a_title_only_is_the_person_named_next():
    table = quote_rows('The minister of defence opened the exercise. "We have no enemies," he said. '
                       'Minister Dorj Bat, who took office in May, added that the drills would grow.')
    assert who(table, "We have no enemies,")[0] == "Dorj Bat"


def test_a_title_only_paragraph_gives_its_role_to_the_name_that_follows():
    table = quote_rows('The contingent\'s commanding officer spoke to the families. Lt. Col. Ana Lugo said the unit '
                       'was ready. "We know the ground," she said.')
    assert who(table, "We know the ground,")[:2] == ("Ana Lugo", "commanding officer")
    table = quote_rows('"It is the same brigade," said the Georgian Defence Ministry\'s deputy spokeswoman. '
                       'Nino Beridze added that the battalions had trained for "seven months".')
    assert who(table, "seven months")[:3] == ("Nino Beridze", "deputy spokeswoman", "Defence Ministry")


def test_a_communique_speaks_and_it_is_the_communique():
    table = quote_rows('"The mission has turned the tide," the summit communiqué said. It called on members to '
                       '"sustain their contributions".')
    assert who(table, "sustain their contributions")[0] == "the summit communiqué"


def test_a_body_or_document_owned_by_another_names_its_owner():
    assert parse_mention("Chile's Defense Ministry").affiliation == "Chile"
    assert parse_mention("the PLA's Southern Theater Command").affiliation == "PLA"
    assert parse_mention("the army's statement").affiliation == "army"
    assert parse_mention("a Sixth Fleet statement").affiliation == "Sixth Fleet"
    assert parse_mention("the US document").affiliation == "United States"


def test_a_generic_formation_in_a_title_is_the_formation_the_article_names():
    table = quote_rows("The 4th Mountain Division will send its headquarters to Vilnius. The 4th Mountain Division "
                       "has led the corps since May.",
                       '"We are ready," said the division commander, Maj. Gen. Ivo Sarr.')
    assert who(table, "We are ready,")[2] == "4th Mountain Division"


@pytest.mark.parametrize("before, title, affiliation", [
    ("A Bangladeshi battalion of about 600 soldiers will be the first to leave Corvo.", "who commands the battalion",
     "Bangladesh"),
    ("The Kestria Defence Force will fly the soldiers out on Monday.", "the force's commander", "Kestria Defence Force"),
])
def test_a_formation_word_is_the_formation_named_before_by_its_words(before, title, affiliation):
    table = quote_rows(before, f'Col. Ana Pell, {title}, said: "We will not leave a gap."')
    assert who(table, "We will not leave a gap.")[2] == affiliation


def test_the_ministrys_spokeswoman_keeps_the_ministry_named_before_in_every_turn():
    filler = "The ship will sail in May and return in October, weather allowing. " * 12
    table = quote_rows(
        "The Ministry of Defence of Norland held a briefing on Friday.",
        '"Good afternoon," said the ministry\'s spokeswoman, Ms. Ines Valdera.',
        filler,
        '"No decision has been taken," Valdera said.')
    assert who(table, "Good afternoon,")[2] == "Ministry of Defence of Norland"
    assert who(table, "No decision has been taken,")[2] == "Ministry of Defence of Norland"


def test_a_body_before_its_acronym_and_the_title_is_not_part_of_the_title():
    mention = parse_mention("Armed Forces of the Philippines (AFP) spokesperson Col. Tess Vila")
    assert (mention.name, mention.role, mention.affiliation) == ("Tess Vila", "spokesperson", "Armed Forces of the Philippines")


def test_a_title_without_a_name_is_the_title_of_the_ranked_person_who_then_speaks():
    table = quote_rows('A NATO spokesman described the drills in narrow terms. "These are exercises, not a build-up," '
                       'said Navy Capt. Olla Brant. "Nobody is moving to the border."')
    assert who(table, "These are exercises, not a build-up,") == ("Olla Brant", "spokesman", "NATO")


def test_a_describing_noun_is_no_title_for_the_ranked_person_who_speaks():
    table = quote_rows("A soldier waves from a truck at the crossing. 'It ends in a traffic jam,' joked Sgt. Ivo Marsh.")
    assert who(table, "It ends in a traffic jam,")[:2] == ("Ivo Marsh", "Sgt.")


@pytest.mark.parametrize("phrase, name, role, affiliation", [
    ("Rev. Amos Kell", "Amos Kell", "Rev.", ""),
    ("Kestrel Front spokesman Sheikh Omar Dahir", "Omar Dahir", "spokesman", "Kestrel Front"),
    ("Ahmed ag Tamsin, a trader", "Ahmed ag Tamsin", "", ""),
    ("Ria Holm, Ivo's mother", "Ria Holm", "mother", ""),
])
def test_clergy_honorifics_particles_and_kin(phrase, name, role, affiliation):
    mention = parse_mention(phrase)
    assert (mention.name, title_or_blank(mention.role) if role == "" else mention.role, mention.affiliation) \
        == (name, role, affiliation)


def test_the_defence_chief_is_the_defence_minister_named_in_the_paragraph():
    table = quote_rows("Kestria's defence minister, Ola Brand, spoke to parliament. "
                       '"We will hold these islands," the defence chief said.')
    assert who(table, "We will hold these islands,")[0] == "Ola Brand"


def test_who_heads_a_body_with_abbreviations_after_a_service_rank():
    mention = parse_mention("Air Force Gen. Ola Brant, who heads U.S. Space Command")
    assert (mention.name, mention.role, mention.affiliation) == ("Ola Brant", "head", "U.S. Space Command")


def test_head_of_the_mission_is_the_head_and_the_mission_is_read_later():
    mention = parse_mention("Ana Reis, head of the mission")
    assert (mention.name, mention.role, mention.affiliation) == ("Ana Reis", "head", "mission")


def test_a_spokeswoman_after_a_body_speaks_is_that_bodys():
    table = quote_rows('Chile\'s foreign ministry blamed Norland for the clash. "Norland crossed the line first," '
                       'spokeswoman Lia Morn told a briefing in the capital.')
    assert who(table, "Norland crossed the line first,") == ("Lia Morn", "spokeswoman", "foreign ministry")


def test_the_title_was_a_name_gives_the_name_its_title():
    table = quote_rows("The following is the ministry's regular briefing. The spokesperson was Colonel Ivo Marsh.",
                       "Q: Is the ship back?", "COL. MARSH: The ship will sail on Friday.", "Q: Thanks.")
    assert who(table, "The ship will sail on Friday.")[:2] == ("Ivo Marsh", "spokesperson")


def test_a_bare_ministry_is_the_ministry_named_before():
    table = quote_rows(
        "Chile's interior ministry rejected the plan on Friday.",
        '"Borders are not closed by decree," ministry spokeswoman Ines Valdera told reporters.')
    assert who(table, "Borders are not closed by decree,") == ("Ines Valdera", "spokeswoman", "interior ministry")


def test_a_bare_ministry_with_no_ministry_named_before_stays_bare():
    table = quote_rows('"Borders are not closed by decree," ministry spokeswoman Ines Valdera told reporters.')
    assert who(table, "Borders are not closed by decree,")[2] == "ministry"


@pytest.mark.parametrize("phrase, role, affiliation", [
    ("Tomas Rydell, reeve of the rural municipality", "reeve", "rural municipality"),
    ("Agnes Moro, 58, warden of the district council", "warden", "district council"),
    ("Agnes Moro, one of the organisers", "", ""),
    ("Col. Piet Varga, speaking to reporters at the camp", "Col.", ""),
])
def test_an_appositive_office_of_a_body_gives_role_and_body(phrase, role, affiliation):
    mention = parse_mention(phrase)
    assert (mention.role, mention.affiliation) == (role, affiliation)


def test_a_formations_commander_speaks_for_the_formation_of_that_kind_the_article_names():
    table = quote_rows(
        "The 214th Airlift Squadron arrived at Tamsa on Monday.",
        '"We will not block the bakery," said Lt. Col. Aron Pekk, the squadron\'s commander.')
    assert who(table, "We will not block the bakery,") == ("Aron Pekk", "commander", "214th Airlift Squadron")


def test_a_title_given_before_a_quote_outranks_the_rank_the_quote_names():
    table = quote_rows(
        'The brigade\'s commander said the unit was ready. "They are ready," Col. Ines Morra told the paper. '
        '"We leave on Friday," she said.')
    assert who(table, "They are ready,")[:2] == ("Ines Morra", "commander")


@pytest.mark.parametrize("phrase, name, role", [
    ("Private Dean Hollis", "Dean Hollis", "Private"),
    ("Specialist Ana Ruiz", "Ana Ruiz", "Specialist"),
    ("For Carmela Russo", "Carmela Russo", ""),
])
def test_a_capitalised_private_is_a_rank_and_a_leading_preposition_no_title(phrase, name, role):
    mention = parse_mention(phrase)
    assert (mention.name, mention.role) == (name, role)


def test_a_possessor_of_several_words_gives_the_affiliation_not_the_title():
    mention = parse_mention("San Lorenzo's mayor Gladys Cortez")
    assert (mention.name, mention.role, mention.affiliation) == ("Gladys Cortez", "mayor", "San Lorenzo")


def test_an_aside_naming_where_a_statement_ran_is_not_the_speaker():
    table = quote_rows('Kestria\'s foreign ministry, in a statement carried by the state news agency, warned of '
                       '"grave consequences" on Monday.')
    assert who(table, "grave consequences")[0] == "Kestria's foreign ministry"


def test_an_aside_between_the_subject_and_its_verb_is_not_the_speaker():
    table = quote_rows('The governor of Highland Papua, in a statement, called for "restraint from all sides" on Monday.')
    assert who(table, "restraint from all sides") == ("the governor of Highland Papua", "governor", "Highland Papua")


def test_a_description_is_no_title_but_a_trade_is():
    table = quote_rows('"We made it home," a soldier said on Monday.',
                       '"They drank us dry," said Dimitri Papas, a bar owner in the town.')
    assert who(table, "We made it home,")[1] == ""
    assert who(table, "They drank us dry,")[1] == "bar owner"


@pytest.mark.parametrize("paragraph, affiliation", [
    ('"We are watching," said Gen. Tavo Brandes, head of the army\'s Amazon Military Command.', "Amazon Military Command"),
    ('"More families flee," said Lidia Wenk, a researcher at the Jayapura-based Papuan Justice Network.',
     "Papuan Justice Network"),
])
def test_an_affiliation_is_the_bodys_own_name_without_its_owner_or_base(paragraph, affiliation):
    table = quote_rows(paragraph)
    assert table.iloc[0]["speaker_affiliation"] == affiliation


def test_a_deputy_title_of_a_named_wing_is_role_and_body():
    mention = parse_mention("Brig. Gen. Kale Lambo, deputy commander of the 379th Air Expeditionary Wing")
    assert (mention.name, mention.role, mention.affiliation) == ("Kale Lambo", "deputy commander",
                                                                 "379th Air Expeditionary Wing")


def test_a_countrys_defence_force_is_a_body_and_its_chief_speaks_for_it():
    assert parse_mention("Guyana's Defence Force").kind == "institution"
    assert parse_mention("Lt. Col. Ana Force").name == "Ana Force"
    table = quote_rows("Guyana's Defence Force, which has 3,000 troops, welcomed the move. Its chief of staff, "
                       'Brigadier Marcus Ramdin, said Georgetown had "no intention of provoking anyone".')
    assert who(table, "no intention of provoking anyone") == ("Marcus Ramdin", "chief of staff", "Defence Force")


@pytest.mark.parametrize("paragraph, speaker", [
    ('"We are ready," the mayor of Tapa, Kalle Rand, told ERR.', ("Kalle Rand", "mayor", "Tapa")),
    ('"We are ready," said Mai Tan, spokeswoman for Vietnam\'s foreign ministry.',
     ("Mai Tan", "spokeswoman", "foreign ministry")),
    ('"We are ready," said Rear Admiral Kim Soo, commander of the Republic of Korea Navy\'s 7th Fleet.',
     ("Kim Soo", "commander", "7th Fleet")),
])
def test_the_place_a_mayor_serves_a_countrys_ministry_and_a_navys_fleet(paragraph, speaker):
    table = quote_rows(paragraph)
    assert who(table, "We are ready,") == speaker


def test_a_name_with_age_and_hometown_before_said_is_the_speaker():
    table = quote_rows('"We are ready," Sgt. Maria Lopez, 24, of Fort Hood, Texas, said as she boarded.')
    assert who(table, "We are ready,")[:2] == ("Maria Lopez", "Sgt.")


def test_a_commanding_officer_of_a_named_battalion_is_role_and_body():
    table = quote_rows('"We are here for the long term," Lt. Col. Tomas Berg, commanding officer of the 2nd Battalion, '
                       'told reporters.')
    assert who(table, "We are here for the long term,") == ("Tomas Berg", "commanding officer", "2nd Battalion")


def test_a_full_rank_word_ends_a_sentence_and_the_title_is_named_after_it():
    table = quote_rows("\u201cWe are ready,\u201d said the colonel. Col. Ines Varga has led the unit since May.")
    assert who(table, "We are ready,")[0] == "Ines Varga"
    table = quote_rows("\u201cWe hold the pass,\u201d said the major.", "Maj. Ines Varga has led the company since May.")
    assert who(table, "We hold the pass,")[0] == "Ines Varga"
    table = quote_rows("\u201cWe hold the pass,\u201d said the major.", "Col. Ines Varga has led the brigade since May.")
    assert who(table, "We hold the pass,")[0] == "the major"  # another title: not the same person


def test_an_opening_phrase_is_no_name_before_a_title():
    table = quote_rows("In a post on Telegram, the ministry wrote: \u201cOur soldiers are home.\u201d")
    assert who(table, "Our soldiers are home.")[0] == "the ministry"


def test_a_ship_an_officer_is_aboard_is_no_name():
    mention = parse_mention("A Marine officer aboard the USS Kearsarge")
    assert (mention.name, mention.role) == ("", "Marine officer")


def test_he_is_the_named_holder_of_a_title_a_generic_body_owns():
    table = quote_rows("Marta Sills said the base was quiet.",
                       "The centre's executive director, Ivo Brand, said staff had added evening hours. "
                       "He said the centre had \u201cnever been busier in twenty years.\u201d")
    assert who(table, "never been busier in twenty years.")[:2] == ("Ivo Brand", "executive director")


def test_a_second_partial_quote_after_and_said_keeps_the_sentences_subject():
    table = quote_rows("A ministry statement called the move \u201cdefensive\u201d and said the troops would help "
                       "\u201ckeep the peace.\u201d Officials stressed that no unit would fight.")
    assert who(table, "keep the peace.")[0].lower() == "a ministry statement"


def test_a_caption_label_is_no_subject_and_a_decade_ends_a_sentence():
    table = quote_rows("PHOTO: Private Nils Orr says goodbye to his son at Burnie. 'He wanted to come,' he said. "
                       "Picture: Staff")
    assert who(table, "He wanted to come,")[:2] == ("Nils Orr", "Private")
    table = quote_rows("The region changed hands in the 1990s. The 2021 accord called the deployment \u201ctemporary\u201d.")
    assert who(table, "temporary")[0].lower() == "the 2021 accord"


@pytest.mark.parametrize("phrase, role, affiliation, country", [
    ("a Malian army captain", "captain", "army", "Mali"),
    ("a logistics planner at Central Command's forward headquarters", "logistics planner", "Central Command", ""),
])
def test_a_services_rank_and_the_body_that_owns_a_headquarters(phrase, role, affiliation, country):
    mention = parse_mention(phrase)
    assert (title_or_blank(mention.role), body_as_named(mention.affiliation)) == (role, affiliation)
    assert mention.country == country or not country
