"""Troop mentions in reports of any theatre: sentences written for these tests, none from an article."""

import pytest

from posture import ingest, movements


def rows(body: str, headline: str = "Troops on the move"):
    """The mention table of a one-paragraph page, as plain dicts."""
    article = ingest.parse(f"{headline}\n\n{body}\n")
    table = movements.mentions(article)
    return [{k: ("" if v is None or v != v else v) for k, v in row.items()} for row in table.to_dict("records")]


def only(body: str, **expected):
    found = rows(body)
    assert len(found) == 1, [r["number_text"] for r in found]
    for key, value in expected.items():
        assert found[0][key] == value, (key, found[0][key])
    return found[0]


# --- which numbers count troops ----------------------------------------------------------

def test_a_capitalised_personnel_noun_is_not_a_month():
    only("Roughly 2,300 Marines will move to Darwin.", count=2300, destination="Darwin")


@pytest.mark.parametrize("body", [
    "A roadside bomb killed 14 Nigerien soldiers near the border.",
    "Three soldiers were wounded when their convoy was ambushed.",
    "Officials said 40 troops had been captured by the rebels.",
    "The ministry confirmed the loss of six soldiers in the attack.",
    "Police detained 300 protesters, and 120 were arrested overnight.",
    "Minus 30 in Narvik is normal for the soldiers, their sergeant joked.",
    "The army keeps 60 Boxer infantry fighting vehicles at the depot.",
    "The new barracks can house 3,000 troops.",
    "The ship can carry up to 1,800 marines.",
])
def test_numbers_that_do_not_count_troops(body):
    assert rows(body) == []


def test_a_number_that_opens_a_unit_name_is_not_a_count():
    assert [r["count"] for r in rows("The soldiers, most of them from the 7 Kestrian Infantry Battalion, are based at Velo.")
            if r["count"] != ""] == []


def test_an_acronym_the_article_gives_a_force_is_its_unit():
    article = ingest.parse("Force to leave\n\nThe Northern Lakes Regional Force (NLRF) arrived in Velo in May.\n\n"
                           "The NLRF, made up of some 6,500 troops from four countries, is due to leave by December.\n")
    table = movements.mentions(article)
    assert table.loc[table["number_text"] == "6,500", "unit"].tolist() == ["NLRF"]


def test_a_number_in_a_unit_name_is_not_a_count():
    found = rows("Panzer Brigade 21 will move to Rukla, with about 4,000 soldiers.")
    assert [r["number_text"] for r in found] == ["4,000"] and found[0]["unit"] == "Panzer Brigade 21"


def test_levels_before_and_after_a_change():
    found = rows("The ministry will cut its contingent in Mali from about 2,400 troops to 900 by the spring.")
    assert [(r["number_text"], r["kind"], r["status"]) for r in found] == [
        ("2,400", "stock", "existing"), ("900", "target", "announced")]
    assert found[1]["destination"] == "Mali"


def test_a_level_already_reached_is_a_stock():
    only("The number of soldiers on the frontier has risen to more than 9,000.", kind="stock", count_low=9000)


def test_a_level_to_reach_is_a_target_and_a_plan_is_planned():
    only("Canberra wants to raise the number of soldiers in the north to nearly 4,000.",
         kind="target", status="planned", count_high=4000)


def test_a_bare_range_that_answers_for_troops_is_a_row():
    found = rows("How many soldiers will stay behind? Officials put it between 300 and 400.")
    assert [(r["number_text"], r["qualifier"], r["count_low"], r["count_high"]) for r in found] == [
        ("300 and 400", "between", 300, 400)]


def test_a_dozen():
    only("The navy keeps about a dozen marines on the reef.", count=12, qualifier="about", kind="stock")


# --- kinds and statuses ------------------------------------------------------------------

@pytest.mark.parametrize("body, status", [
    ("Italy will withdraw 450 soldiers from Lebanon next year.", "announced"),
    ("Italy withdrew 450 soldiers from Lebanon last year.", "arrived"),
    ("About 450 Italian soldiers have now left Lebanon.", "arrived"),
    ("Italy could pull 450 soldiers out of Lebanon.", "planned"),
])
def test_withdrawals(body, status):
    only(body, kind="withdrawal", status=status, origin="Lebanon", force="Italy")


def test_a_withdrawal_goes_for_the_place_after_the_one_left():
    only("Some 220 soldiers left Camp Redwood for Tallinn on Friday.", kind="withdrawal", status="arrived",
         origin="Camp Redwood", destination="Tallinn")


def test_bring_home_is_a_withdrawal():
    only("Chile will bring 300 of its soldiers home from Haiti in May.", kind="withdrawal", origin="Haiti")


@pytest.mark.parametrize("body", [
    "The 4th Battalion, which has been in Cyprus since May, will come home in November.",
    "The 7th Contingent will sail home aboard the frigate Orla after the handover.",
    "The 212 soldiers of the outgoing rotation are due back in Brindley next month.",
    "The outgoing squadron flew its last C-130s back to Norland on Monday.",
    "The 14th Rapid Deployment Group will leave Berbera and return to Kenya in June.",
])
def test_going_home_said_in_many_ways_is_a_withdrawal(body):
    only(body, kind="withdrawal")


def test_a_place_after_going_home_is_where_they_arrive():
    only("The 168 soldiers they replace are due home on Monday and will be welcomed at Camp Tavua.",
         kind="withdrawal", origin="", destination="Camp Tavua")


@pytest.mark.parametrize("body", [
    "Japan keeps about 180 troops in Djibouti.",
    "Some 1,300 Kenyan soldiers are serving with the mission in Somalia.",
    "North Korea fields an army of more than 900,000 soldiers.",
    "About 200 Marines will remain in Darwin over the wet season.",
])
def test_stocks_said_in_many_ways(body):
    assert [r["kind"] for r in rows(body)] == ["stock"]


def test_a_stock_has_no_origin():
    only("Some 700 soldiers from Fort Drum are based in Iraq.", kind="stock", origin="", destination="Iraq")


# --- forces ------------------------------------------------------------------------------

def test_a_paragraph_on_the_reinforcements_keeps_the_force_of_the_one_before():
    article = ingest.parse("Marines head for the islands\n\nChile will send about 800 more marines to Kestrel, "
                           "officials said.\n\nThe United States keeps 2,000 troops on the mainland, 500 troops at Port Vale "
                           "and 300 troops at sea.\n\n"
                           "Chile will send 300 marines to Orrin.\n\n"
                           "The reinforcements will raise the number of marines there from about 4,000 to nearly 5,000.\n")
    table = movements.mentions(article)
    assert table.loc[table["number_text"] == "4,000", "force"].tolist() == ["Chile"]


def test_with_no_force_named_by_two_rows_the_page_names_the_main_force():
    article = ingest.parse("Battalion deploys\n\nIrish troops begin a new rotation this week, the Irish Defence Forces "
                           "said, and Irish officers will lead it.\n\nAn advance party of 47 personnel arrived on Monday.\n\n"
                           "Some 500 Polish soldiers serve in the sector, and Spain has 650 troops to the east.\n")
    table = movements.mentions(article)
    assert table.loc[table["number_text"] == "47", "force"].tolist() == ["Ireland"]


def test_one_force_named_by_a_row_is_the_main_force_whatever_places_the_page_names():
    article = ingest.parse("Armour takes over in Poland\n\nVELO, Poland — The 3rd Armored Brigade has begun arriving in "
                           "western Poland.\n\nSome 3,800 soldiers of the brigade will train at Velo and Orrin in Poland.\n\n"
                           "The United States keeps about 10,000 troops in Poland.\n")
    table = movements.mentions(article)
    assert table.loc[table["number_text"] == "3,800", "force"].tolist() == ["United States"]


def test_the_nationality_of_other_troops_named_before_is_not_the_force():
    found = [r for r in rows("American advisers assess Chadian brigades as 300 Marines reinforce the embassy.")
             if r["count"] == 300]
    assert found and found[0]["force"] == "United States"


def test_nationality_after_the_troops():
    only("About 650 soldiers from Slovenia are based in Slovakia.", force="Slovenia", origin="")


def test_troops_of_several_nations_are_multinational():
    only("The battlegroup has about 1,100 troops from nine countries.", force="multinational", kind="stock")
    only("The exercise will bring 8,000 troops from Norway, Finland and Sweden to Lapland.", force="multinational")


def test_an_organisation_fields_its_peacekeepers():
    only("UNIFIL has some 9,500 peacekeepers from 40 countries in southern Lebanon.", force="UN",
         destination="southern Lebanon")


def test_a_country_of_any_continent_is_a_force():
    only("Rwanda has sent about 1,000 soldiers to Mozambique.", force="Rwanda", destination="Mozambique")


def test_a_territory_is_a_place_not_a_force():
    only("About 5,000 soldiers will move to Guam over the next decade, officials told the Guam Legislature.",
         destination="Guam", force="")


def test_marines_with_no_country_are_american_and_royal_marines_british():
    only("About 400 Marines will rotate into Darwin in April.", force="United States")
    only("About 400 Royal Marines will rotate into Darwin in April.", force="United Kingdom")
    only("About 400 Dutch Marines will rotate into Darwin in April.", force="Netherlands")


def test_a_place_left_from_is_located_by_the_next_one_only():
    only("The battalion, about 800 soldiers, is flying in from Fort Lyle in Kansas.", origin="Fort Lyle")


# --- places ------------------------------------------------------------------------------

def test_a_compass_word_stays_with_its_place():
    only("Some 800 troops will deploy to northern Norway.", destination="northern Norway")


def test_a_base_named_with_an_accent_and_no_full_stop():
    only("About 90 Danish soldiers landed at Ärhus air base.", destination="Ärhus air base", status="arrived")
    only("The Navy will send 400 sailors to Port Kelso.", destination="Port Kelso")


@pytest.mark.parametrize("body, kind, place", [
    ("Fort Tamsin, about 40 kilometres west of Harlow, is home to roughly 2,000 soldiers.", "stock", "Fort Tamsin"),
    ("The jets flew to Selby Field, a desert airstrip north-west of Qaraz, joining about 250 airmen already there.",
     "stock", "Selby Field"),
])
def test_a_place_after_a_place_only_locates_it(body, kind, place):
    only(body, kind=kind, destination=place)


@pytest.mark.parametrize("body, place", [
    ("The ministry will send about 1,200 troops to the Kestria-Norland border next week.", "Kestria-Norland border"),
    ("Some 900 Guard members have been deployed along the southwest border since May.", "southwest border"),
    ("Up to 1,800 soldiers had crossed from the border towns and were advancing on Orrin.", "Orrin"),
    ("In Varna, the 5th Marine Battalion, about 1,100 marines, came ashore from Corfu in April.", "Varna"),
])
def test_where_troops_go_said_in_more_ways(body, place):
    found = rows(body)
    assert found and found[0]["destination"] == place, found


def test_a_list_after_a_colon_goes_where_the_clause_before_it_says():
    found = rows("Guard members have been arriving in Kestrel since Sunday: about 900 from Orrin, 400 from Velo "
                 "and 120 from Tamsin.")
    assert [(r["origin"], r["destination"]) for r in found] == [("Orrin", "Kestrel"), ("Velo", "Kestrel"),
                                                                 ("Tamsin", "Kestrel")]


def test_troops_from_several_nations_have_no_origin():
    only("The drills at Orrin will involve more than 2,500 troops from Russia, Tajikistan and Uzbekistan.",
         origin="", destination="Orrin")
    only("Some 450 Canadian soldiers arrived at Camp Velo last week to join troops from Albania, Italy and Spain.",
         origin="", destination="Camp Velo")


def test_a_withdrawal_does_not_go_where_it_left():
    only("Ankara pulled 350 soldiers out of its camp at Telkar, where they had trained recruits.",
         kind="withdrawal", origin="Telkar", destination="")


def test_according_to_is_not_a_route():
    only("Russia has about 40,000 troops near the border, according to Ukrainian estimates.", destination="")


def test_the_departing_troops_are_not_a_place_left():
    only("Norland will send some 300 soldiers to relieve the departing Kestrians next month.", origin="", destination="")


# --- units -------------------------------------------------------------------------------

@pytest.mark.parametrize("body, unit, kind, status", [
    ("The Mary T. Hollis Carrier Strike Group, which left Portland last week, is due in the Coral Sea by Friday.",
     "Mary T. Hollis Carrier Strike Group", "movement", "planned"),
    ("The 9th Division's 3rd Brigade Combat Team has been in Kestrel since March.", "3rd Brigade Combat Team",
     "stock", "existing"),
    ("Joint Task Group 631.2, commanded from the flagship, will remain in the area.", "Joint Task Group 631.2",
     "stock", "existing"),
    ("The 5th Commando Battalion is staged at Orrin, ready to cross the river.", "5th Commando Battalion",
     "movement", "planned"),
    ("Offshore, Carrier Strike Group 7, led by the USS Anna J.K. Marsh, moved into the Gulf.", "Carrier Strike Group 7",
     "movement", None),
])
def test_a_unit_there_or_on_its_way_said_in_more_ways(body, unit, kind, status):
    found = only(body, unit=unit, kind=kind)
    assert status is None or found["status"] == status


@pytest.mark.parametrize("body, kind, status", [
    ("The Pentagon has placed about 2,000 troops on prepare-to-deploy orders.", "movement", "planned"),
    ("\u201cWe could have another 400 there within days,\u201d the general said of his soldiers.", "movement", "planned"),
    ("The ministry aimed to call up about 15,000 reservists in the first wave.", "movement", "planned"),
    ("Some 6,000 reservists had already reported to barracks in Orrin.", "movement", "arrived"),
    ("Officials said some 300 paratroopers were due on Tuesday.", "movement", "planned"),
    ("The 3rd Brigade, roughly 3,500 soldiers, closed on Kestrel on Monday.", "movement", "arrived"),
    ("Up to 1,500 soldiers had crossed from the border towns and were advancing on Orrin.", "movement", "arrived"),
    ("Another 1,100 men are expected to be ashore by Wednesday.", "movement", "planned"),
    ("Still in place are roughly 1,200 Chadian troops in Kestrel.", "stock", "existing"),
    ("About 150 troops are guarding the airport and the embassy.", "stock", "existing"),
    ("The talks came as the deployment was completed, bringing the number of Kenyan troops in the North and "
     "South Kivu provinces to about 2,800.", "stock", "existing"),
    ("The rest of the 212th Engineer Company is due to come home to Orrin in May.", "withdrawal", "planned"),
    ("Some 1,900 Guard members have been deployed along the southern border since April.", "stock", "existing"),
    ("About 600 soldiers were already on their way to staging areas near Kestrel.", "movement", "announced"),
    ("The 212th Engineer Company left its armory in Orrin last summer with about 160 soldiers for a year in the Gulf.",
     "movement", "arrived"),
])
def test_statuses_said_in_more_ways(body, kind, status):
    found = rows(body)
    assert found and (found[0]["kind"], found[0]["status"]) == (kind, status), found


def test_troops_held_ready_are_a_plan_to_move_from_where_they_wait():
    found = rows('"We have another 500 ready at Fort Tamsin if the soldiers are needed," said the general.')
    assert [(r["count"], r["kind"], r["status"], r["origin"]) for r in found if r["count"] == 500] == \
        [(500, "movement", "planned", "Fort Tamsin")]
    only("A further 1,500 soldiers were on standby at the garrison town of Velo.",
         count=1500, kind="movement", status="planned", origin="Velo")


def test_a_generic_unit_of_a_named_one_moved_is_the_named_one():
    only("The army has also moved a motor rifle regiment of the 41st Army from Orrin to Velo.", unit="41st Army",
         origin="Orrin", destination="Velo")


@pytest.mark.parametrize("body, kind, status", [
    ("Around 1,500 of the soldiers have dug in within sight of the posts.", "stock", "existing"),
    ("Some 2,500 recruits are now under instruction at sites across the country.", "stock", "existing"),
    ("Around 1,050 service personnel are assigned to the programme.", "stock", "existing"),
    ("An infantry brigade of about 3,000 soldiers moved overnight from Velo to the Orrin sector.", "movement", "arrived"),
    ("First 1,000 Kestrian troops complete deployment to Orrin", "movement", "arrived"),
    ("The first 700 personnel have taken up positions in Velo.", "movement", "arrived"),
    ("Ankara radio said an estimated 6,000 men had come ashore at the beach.", "movement", "arrived"),
    ("Denmark has added a company of about 150 soldiers for the winter.", "movement", "arrived"),
    ("Between 400 and 600 personnel sailed with the initial garrison.", "movement", "arrived"),
])
def test_statuses_of_press_releases_and_old_wire_copy(body, kind, status):
    found = rows(body)
    assert found and (found[0]["kind"], found[0]["status"]) == (kind, status), found


def test_a_ship_named_for_a_capital_is_no_force():
    only("The liner Canberra left Southampton on 9 April with some 2,000 troops aboard.", force="")


@pytest.mark.parametrize("body", [
    "The flight was put off twice, and the men were sent home, three soldiers' wives told the paper.",
    "Exercise Northern Kestrel 24 opened on Monday with drills on the coast.",
    "Some 400 soldiers serve at the garrison, the biggest employer in a town of fewer than 10,000 people.",
    "The rotation involves four infantry battalions with a combined strength of approximately 2,000 personnel.",
])
def test_populations_exercise_names_wives_and_counts_of_units_are_not_troops(body):
    counts = [r["count"] for r in rows(body)]
    assert 3 not in counts and 24 not in counts and 10000 not in counts and 4 not in counts, counts


@pytest.mark.parametrize("body, expected", [
    ("Nearly 2,000 French, Italian and Spanish soldiers have come ashore in south Velo since Wednesday.",
     [(2000, "multinational")]),
    ("Some 200 air defence crew members arrived at Orrin, and another 150 technicians and pilots are expected to "
     "join them there by the end of the month.", [(200, ""), (150, "")]),
    ("About 400 coalition personnel left Orrin over the summer, and the final 150 moved out of Orrin on Saturday.",
     [(400, ""), (150, "")]),
])
def test_lists_of_nations_technicians_and_the_final_few(body, expected):
    assert [(r["count"], r["force"]) for r in rows(body)] == expected


@pytest.mark.parametrize("body, kind", [
    ("The 58 Division is pushing south along the coast from Orrin.", "movement"),
    ("The 59 Division holds the southern edge of the zone near Velo.", "stock"),
])
def test_divisions_that_push_advance_or_hold(body, kind):
    only(body, kind=kind)


@pytest.mark.parametrize("body, kind, status", [
    ("There are reports the deployment could reach 50,000 troops.", "target", "planned"),
    ("The army has grown to about 170,000 soldiers and plans to reach 200,000 by the end of the year.", "target", "planned"),
    ("The wing brought about 800 airmen on the first lift.", "movement", "arrived"),
    ("Kestria flew 28 aircraft into the air base last week, and about 500 marines are now guarding the airfield.",
     "stock", "existing"),
    ("The army rotates 1,250 troops in Velo", "movement", "announced"),
])
def test_reaching_bringing_guarding_and_rotating(body, kind, status):
    found = rows(body)
    assert found and (found[-1]["kind"], found[-1]["status"]) == (kind, status), found


def test_government_and_embarked_troops_are_counted():
    only("Some 800 Kestrian government troops are based in the border town.", count=800, kind="stock")
    only("In March, about 300 of the embarked personnel are expected to leave Orrin.", count=300, kind="withdrawal")


@pytest.mark.parametrize("body, unit", [
    ("A relief force of about 450 personnel from the Presidential Guard arrived at Orrin on Monday.", "Presidential Guard"),
    ("Kestria's Northern Sea Fleet has some 9,000 personnel based in Velo.", "Northern Sea Fleet"),
    ("The rest of the 4th Marine Brigade, another 1,300 men, is expected to be ashore by Friday.", "4th Marine Brigade"),
    ("Some 1,900 National Guard members have been deployed along the southern border since April.", ""),
])
def test_guards_fleets_and_another_after_a_unit(body, unit):
    only(body, unit=unit)


@pytest.mark.parametrize("body, units_", [
    ("Task force sails: 4 Commando Brigade and 2 Para embarked for the South Atlantic", ["4 Commando Brigade", "2 Para"]),
    ("Kestria said 45 Commando, Royal Marines, would be flown from Velo to Orrin within 48 hours.",
     ["45 Commando, Royal Marines"]),
])
def test_british_numbered_units_and_a_unit_after_said(body, units_):
    assert [r["unit"] for r in rows(body)] == units_


def test_a_numbered_military_base_is_the_unit_of_the_troops_at_it():
    only("Russia also keeps about 3,000 soldiers at its 104th military base in Velo.", unit="104th military base",
         destination="Velo")
    only("The command has about 300 personnel at its headquarters in Orrin.", unit="")


def test_most_of_them_from_a_unit_later_in_the_clause():
    only("Norland will send some 260 personnel to relieve the outgoing Kestrians, most of them from the 4th Brigade.",
         unit="4th Brigade")


@pytest.mark.parametrize("body, unit, kind, status", [
    ("An armoured brigade from the 7th Infantry Division will deploy to Slovakia.", "7th Infantry Division",
     "movement", "announced"),
    ("The 4th Combat Engineer Regiment has already moved to Lapland.", "4th Combat Engineer Regiment",
     "movement", "arrived"),
    ("Carrier Strike Group 5 entered the Arabian Sea on Sunday.", "Carrier Strike Group 5", "movement", "arrived"),
    ("The army will send a mechanised brigade to the eastern border.", "mechanised brigade", "movement", "announced"),
    ("The 2nd Battalion, The Border Rifles, will return to Catterick in June.", "2nd Battalion, The Border Rifles",
     "withdrawal", "announced"),
    ("Task Force Osprey is stationed at Camp Lemonnier.", "Task Force Osprey", "stock", "existing"),
])
def test_a_unit_that_moves_with_no_number_is_a_row(body, unit, kind, status):
    row = only(body, unit=unit, kind=kind, status=status, count="", qualifier="")
    assert row["number_text"] == unit  # the row's words are the unit's name


def test_a_unit_only_mentioned_is_not_a_row():
    assert rows("The 10th Mountain Division fought in Afghanistan for a decade.") == []
    assert rows("The brigade takes over from the 1st Cavalry Division's 3rd Brigade.") == []


def test_a_unit_with_a_number_is_one_row():
    found = rows("The 13th Light Brigade will send about 250 personnel to Lithuania.")
    assert [(r["number_text"], r["unit"]) for r in found] == [("250", "13th Light Brigade")]


def test_the_parent_of_a_unit_is_not_a_second_row():
    found = rows("The 1st Brigade Combat Team, 3rd Infantry Division, will deploy to Poland.")
    assert [r["unit"] for r in found] == ["1st Brigade Combat Team"]


def test_the_seed_is_still_entirely_right(seed_article):
    """Every new rule leaves the seed's table as the hand-coded gold has it."""
    import pandas as pd
    from posture import paths
    from posture.movements.scoring import score

    gold = pd.read_csv(paths.ANNOTATIONS / "troop_mentions_gold.csv", keep_default_na=False)
    result = score(movements.mentions(seed_article), gold)
    assert result["rows_right"] == result["gold"] == result["extracted"]


def test_lists_of_nations_and_bare_numbers_with_long_names_and_places():
    assert [(r["count"], r["force"]) for r in rows(
        "Fiji has committed a company of 120 soldiers, Tonga about 40 and Papua New Guinea 80, officials said.")] == \
        [(120, "Fiji"), (40, "Tonga"), (80, "Papua New Guinea")]
    assert [(r["count"], r["force"]) for r in rows(
        "The United States keeps about 4,000 personnel at Camp Orrin; France some 1,450 at its bases in Velo; "
        "and Japan about 180 at its facility beside the airport.")] == \
        [(4000, "United States"), (1450, "France"), (180, "Japan")]


@pytest.mark.parametrize("body, count, kind", [
    ("Last year's rotation in Orrin numbered just over 2,000.", 2000, "stock"),
    ("Marine rotation in Orrin to hit 2,500 as first tiltrotors arrive", 2500, "target"),
    ("At its peak, the French presence in Velo stood at nearly 900, many of them posted with their families.", 900, "stock"),
    ("Task force headcount holds at about 1,500 as the incoming company replaces troops of the battalion", 1500, "stock"),
    ("Kestrian forces account for some 5,000 of the soldiers taking part.", 5000, "stock"),
])
def test_the_level_of_a_rotation_or_presence_with_no_personnel_word(body, count, kind):
    found = [r for r in rows(body) if r["count"] == count]
    assert found and found[0]["kind"] == kind, rows(body)


def test_a_level_from_a_hedged_number_is_not_a_range():
    found = rows("Oslo will raise the number of soldiers in the north from around 1,200 to 1,800 next year.")
    assert [(r["number_text"], r["kind"]) for r in found] == [("1,200", "stock"), ("1,800", "target")]


def test_up_from_the_current_level_is_the_stock_before():
    found = rows("The move brings the number of troops in Estonia to about 2,400, up from the current 1,900.")
    assert [(r["number_text"], r["kind"]) for r in found] == [("2,400", "stock"), ("1,900", "stock")]


@pytest.mark.parametrize("body, count", [
    ("The base is home to roughly 2,000 regular force members and their families.", 2000),
    ("Some 300 of the returning Chadian soldiers will be redeployed to the north.", 300),
    ("We expect about 4,000 of our own troops to take part.", 4000),
    ("Norway has sent 12 military engineers to Lithuania.", 12),
])
def test_more_ways_to_count_troops(body, count):
    assert [r["count"] for r in rows(body)] == [count]


def test_a_lower_case_unit_name_and_a_possessed_one():
    only("A tactical group of the Eastern Fleet's 40th separate marine brigade has been airlifted to Sakhalin.",
         unit="40th separate marine brigade", status="arrived")


def test_units_that_do_not_move_themselves():
    assert rows("The new brigade will sit under the 1st Panzer Division, headquartered in Oldenburg.") == []
    assert rows('"When a company leaves, the whole town feels it," the mayor said.') == []


def test_on_an_island_is_a_place_but_on_a_weekday_is_not():
    only("About 300 marines are stationed on Gotland island.", destination="Gotland", kind="stock")
    only("About 300 marines are stationed on Kelso island.", destination="Kelso island", kind="stock")
    only("Some 160 soldiers arrived on Okinawa on Monday.", destination="Okinawa", status="arrived")


def test_a_withdrawal_never_goes_to_where_it_was():
    only("Kenya will withdraw about 900 soldiers from its bases in Somalia.", kind="withdrawal", destination="")


def test_more_units_that_move_alone():
    only("A combined arms brigade had moved by rail to Pingxiang.", unit="combined arms brigade", status="arrived")
    only("Riyadh is sending the Royal Saudi Land Forces' 4th Armoured Brigade to Aden.",
         unit="4th Armoured Brigade", destination="Aden")
    only("The army will keep the 12th Special Operations Group at Mukalla.", unit="12th Special Operations Group",
         kind="stock")
    found = rows("Battle Group 7 replaces Task Force Battle Group 5, which will return to Kigali in May.")
    assert [(r["unit"], r["kind"]) for r in found] == [("Battle Group 7", "movement"),
                                                       ("Task Force Battle Group 5", "withdrawal")]


def test_jets_are_not_troops():
    assert rows("The air force will station four F-35 fighters and 300 airmen on the island.")[0]["count"] == 300
    assert len(rows("The air force will station four F-35 fighters and 300 airmen on the island.")) == 1


def test_forces_in_names_and_acronyms():
    only("A contingent of 1,250 Rwanda Defence Force (RDF) personnel was airlifted to Pemba.", force="Rwanda")
    found = rows("Rwanda keeps 2,100 soldiers in Cabo Delgado: 900 in Palma and 700 in Mocímboa da Praia.")
    assert {r["force"] for r in found} == {"Rwanda"}


def test_a_list_of_towns_is_not_several_nations():
    only("Buses took 1,400 reservists from Karmiel and the villages around it to the Galilee.", force="")


@pytest.mark.parametrize("body, counts", [
    ("Kazakhstan sent some 300 soldiers last week, Armenia 120 and Belarus 80.", [300, 120, 80]),
    ("Britain has 1,400 personnel in the region, including about 900 supporting the mission.", [1400, 900]),
    ("The number of Danish soldiers in Latvia will rise from about 700 to some 1,500.", [700, 1500]),
    ("Rome plans to reduce the mission to 250 by the spring.", [250]),
    ("A liaison cell of no fewer than 40 officers will move to Tapa.", [40]),
    ("On top of the roughly 9,000 it deployed last year, the army sent 2,000 more.", [9000, 2000]),
    ("There are 500 in Somalia and roughly 3,000 here at the base.", [500, 3000]),
])
def test_numbers_that_stand_for_troops_named_nearby(body, counts):
    assert [r["count"] for r in rows(body + " The troops are ready.")] == counts


def test_police_and_border_guard_officers_are_not_troops():
    assert rows("The soldiers work beside some 4,000 Border Guard officers and 900 police officers.") == []


# --- troops counted by nation, crew, men and women ------------------------------------------

def test_nationals_counted_in_a_troop_paragraph_are_troops_of_that_nation():
    found = rows("The Nordic battalion in Tuzla, which includes some 450 Norwegians and 300 Finns, will shrink by "
                 "half.")
    assert [(r["count"], r["force"]) for r in found] == [(450, "Norway"), (300, "Finland")]


def test_nationals_who_are_civilians_are_not_troops():
    assert rows("More than 90,000 Sudanese have fled the fighting, and 400 peacekeepers guard the camps.")[0][
        "count"] == 400
    assert len(rows("More than 90,000 Sudanese have fled the fighting, and 400 peacekeepers guard the camps.")) == 1
    assert rows("About 3,000 Norwegians live in the town.") == []  # no troops spoken of


def test_crews_and_men_and_women_count_troops():
    only("Chile has pledged a frigate with up to 190 crew from March.", count_high=190, force="Chile")
    found = rows('"These 250 men and women will make the strait safer," the minister said of the deployment.')
    assert [r["count"] for r in found] == [250]
    assert [r["count"] for r in rows('He said the army had "put close to 6,000 fresh men into the north" this year.')] == [6000]


def test_a_bare_number_takes_the_nationality_of_the_troops_it_stands_for():
    found = rows("Oslo approved a plan to raise the number of British commandos training in Norway from about "
                 "200 to 450.")
    assert {r["force"] for r in found} == {"United Kingdom"}


def test_a_mission_acronym_written_as_a_word_names_its_force():
    only("Unifil will cut its strength by 1,500 peacekeepers under a Security Council resolution.",
         force="UN")


# --- kind and status in more of the ways reporters write -----------------------------------

@pytest.mark.parametrize("body, kind, status", [
    ("Norway is expected to send a company of around 150 next year, the ministry said.", "movement", "planned"),
    ("Another 200 marines are due by the end of the month.", "movement", "planned"),
    ("The deal is meant to bring about 2,500 Marines to Darwin over five years.", "movement", "planned"),
    ("A contingent of 900 Ghanaian personnel was airlifted from Accra to Juba on Sunday.", "movement", "arrived"),
    ("Some 600 reservists from the valley reported for duty on Monday.", "movement", "arrived"),
    ("The first 400 Italian troops flew out of Herat overnight.", "withdrawal", "arrived"),
    ("Another 120 soldiers are expected home from Mali next week.", "withdrawal", "planned"),
    ("The gunners will join a battlegroup of about 1,300 troops from six nations in Lithuania.", "stock", "existing"),
    ("The engineers will join the roughly 200 personnel of the base who already live there.", "stock", "existing"),
    ("Task Force Sabre, a special forces unit of some 500 troops from seven countries, will take over.", "stock", "existing"),
    ("Western officials put the Russian contingent in Libya at between 1,500 and 2,000 personnel.", "stock", "existing"),
    ("Asked how many troops the command has, he said: across the region we are about 35,000.", "stock", "existing"),
    ("At its height, the force numbered nearly 18,000 soldiers.", "stock", "existing"),
    ("Peru plans to build up its contingent in the Central African Republic to about 400 troops.", "target", "planned"),
])
def test_kind_and_status_of_common_phrasings(body, kind, status):
    found = rows(body)
    assert [(r["kind"], r["status"]) for r in found][:1] == [(kind, status)], found[:1]


def test_leaving_home_for_a_country_or_a_posting_is_a_deployment_not_a_withdrawal():
    only("Some 550 soldiers of the Border Regiment will leave Catterick in May for a two-year posting in Cyprus.",
         kind="movement")
    only("An advance party of 80 personnel left Dhaka on Monday for South Sudan.", kind="movement")
    only("Australia will send 260 personnel to replace the departing New Zealanders on Bougainville.", kind="movement")
    only("The 300 soldiers took over camps left empty by the UN.", kind="movement")


@pytest.mark.parametrize("body", [
    "Parliament approved the deployment of the frigate at a cost the ministry put at 18 million euros.",
    "The budget for the 600 peacekeepers is 92 million euros, down from 171 million.",
    "The mission, which keeps 600 peacekeepers in the south, costs $45,000 a day.",
])
def test_money_is_not_troops(body):
    assert [r["count"] for r in rows(body)] in ([], [600])


# --- places ------------------------------------------------------------------------------

def test_months_and_unit_names_are_not_places():
    only("Some 120 soldiers of the battery will return to Gagetown, N.B., in July.", destination="Gagetown")
    only("Chile is sending no fewer than 400 troops to Haiti, mainly from the Royal 5th Regiment.",
         origin="", destination="Haiti")


def test_the_home_of_the_unit_the_troops_come_from_is_the_origin():
    only("Fiji will send some 180 personnel to Honiara, most of them from the 3rd Battalion in Nadi.",
         origin="Nadi", destination="Honiara")


def test_the_seat_of_a_secretariat_is_not_where_the_troops_go():
    only("The force will total some 5,000 troops, according to a statement from the secretariat in Abuja.",
         destination="")


# --- units --------------------------------------------------------------------------------

def test_the_unit_most_of_the_troops_come_from_is_their_unit():
    only("About 250 Dutch soldiers, most of them from the Limburg Hussars Regiment, are being sent to Aruba.",
         unit="Limburg Hussars Regiment", force="Netherlands")
    only("Of the Danish contingent, about 300 will come from the Jutland Dragoon Regiment in Holstebro.",
         unit="Jutland Dragoon Regiment", origin="Holstebro")


def test_a_force_before_its_unit_is_the_force_and_not_part_of_the_name():
    only("A further 700 troops from the Kenyan Rapid Deployment Force are expected in Goma next month.",
         unit="Rapid Deployment Force", force="Kenya")


def test_a_regiment_named_after_a_comma_is_part_of_the_unit():
    only("About 140 soldiers from 2nd Regiment, Royal Canadian Horse Artillery are bound for Latvia.",
         unit="2nd Regiment, Royal Canadian Horse Artillery")


def test_a_formation_that_includes_a_list_of_nationals_is_their_unit_and_place():
    found = rows("The Baltic Brigade in Adazi, which includes some 400 Latvians, 300 Estonians and 250 Lithuanians, "
                 "will grow next year.")
    assert [(r["count"], r["force"], r["unit"], r["destination"], r["kind"]) for r in found] == [
        (400, "Latvia", "Baltic Brigade", "Adazi", "stock"), (300, "Estonia", "Baltic Brigade", "Adazi", "stock"),
        (250, "Lithuania", "Baltic Brigade", "Adazi", "stock")]


def test_a_subject_formation_after_an_opening_adverbial_or_with_whose_is_the_unit():
    only("At full strength in 2030, Panzer Brigade 47 is to number roughly 4,500 soldiers.", unit="Panzer Brigade 47",
         kind="target")
    only("Finland's Brigade Lapland, whose roughly 3,000 soldiers are based across the north, trains there.",
         unit="Brigade Lapland", kind="stock")


@pytest.mark.parametrize("body, unit", [
    ("The U.S. 12th Marine Littoral Regiment will also deploy from Guam to Palau for the exercise.",
     "12th Marine Littoral Regiment"),
    ("Ankara will send more soldiers, a week after units of its 5th Commando Brigade arrived at Misrata.",
     "5th Commando Brigade"),
    ("China held drills, while the U.S. Navy's Carrier Strike Group 7 moved into the Coral Sea.",
     "Carrier Strike Group 7"),
    ("A mechanised company from the Lapland Jaeger Regiment in Sodankyla will relieve the Kainuu soldiers in May.",
     "Lapland Jaeger Regiment"),
])
def test_units_that_move_with_no_number_in_more_sentence_shapes(body, unit):
    assert unit in [r["unit"] for r in rows(body)]


def test_a_brigade_named_after_its_divisions_possessive_is_the_unit_and_not_a_second_row():
    only("About 3,200 soldiers from the 4th Infantry Division's 2nd Brigade Combat Team deployed to Poland.",
         unit="2nd Brigade Combat Team")


@pytest.mark.parametrize("body, unit, force", [
    ("The sixth Uruguayan contingent will deploy to the Golan Heights in June.", "sixth Uruguayan contingent", "Uruguay"),
    ("Paratroopers of the 173rd Airborne arrived in Latvia on Sunday.", "173rd Airborne", ""),
    ("The British Army's 16 Air Assault Brigade will deploy to Kenya for training.", "16 Air Assault Brigade",
     "United Kingdom"),
    ("The Carmel Brigade and the 300th Armoured Brigade had been ordered to the northern border.", "Carmel Brigade", ""),
])
def test_units_named_in_many_armies_styles_are_rows(body, unit, force):
    row = next(r for r in rows(body) if r["unit"] == unit)
    assert row["count"] == "" and (not force or row["force"] == force)


def test_units_listed_before_one_verb_share_its_reading():
    found = rows("Two reserve formations, the Golani Brigade and the 7th Armoured Brigade, had been ordered to the "
                 "Lebanese border.")
    assert [(r["unit"], r["status"], r["destination"]) for r in found] == [
        ("Golani Brigade", "ordered", "Lebanon border"), ("7th Armoured Brigade", "ordered", "Lebanon border")]


def test_a_country_before_a_services_name_is_its_force():
    only("The Royal Netherlands Marine Corps will send a company to Aruba.", force="Netherlands")


def test_a_formation_that_joins_another_is_not_a_move():
    assert rows("The 43rd Mechanised Brigade joined the German 1st Armoured Division in 2016.") == []


def test_a_nationality_stated_after_the_number_is_its_force():
    found = rows("The battle group numbers about 1,400 troops, of whom some 700 are Dutch.")
    assert [r["force"] for r in found if r["count"] == 700] == ["Netherlands"]


def test_the_speakers_side_is_the_force_when_the_sentence_names_no_other():
    only("Some 350 soldiers from the 3rd Division flew into Oulu airport, a British Army spokesman said.",
         force="United Kingdom")


def test_historical_names_are_places_of_their_own():
    only("Ireland will keep about 600 troops in the former Yugoslavia.", destination="former Yugoslavia", force="Ireland")
    only("India sent 500 engineers to Zaire in 1994.", destination="Democratic Republic of the Congo")


def test_a_direction_before_an_island_is_kept():
    only("A battery of 120 soldiers will move to northern Mindanao next week.", destination="northern Mindanao")


def test_back_in_a_place_is_where_a_withdrawal_goes():
    only("About 140 soldiers will be back in Nelson by the end of the month as the mission passes to Australia.",
         destination="Nelson")


def test_a_mission_is_not_a_place_and_a_province_only_locates_a_camp():
    only("The KDF has about 2,000 troops in Unmiss, most of them in Malakal.", destination="Malakal")
    only("The area at Camp Rizal in Quezon province can house troops, and the army has moved some 300 soldiers there.",
         destination="Camp Rizal")


def test_a_demonym_before_a_place_name_is_part_of_it_but_alone_it_is_not_a_place():
    only("Some 200 sailors moved into the Philippine Sea on Monday.", destination="Philippine Sea")
    only("The mission, headquartered at the French naval base in Abu Dhabi, counts some 600 personnel.",
         destination="Abu Dhabi")


def test_below_above_and_well_over_are_hedges_and_a_level_fallen_to_is_a_stock():
    only("The number of foreign troops in the country has fallen below 5,000.", count_high=5000, kind="stock")
    only("Turkey keeps well over 3,000 soldiers in Qatar.", count_low=3000, qualifier="well over")


@pytest.mark.parametrize("body, unit", [
    ("Families farewell 3RAR contingent bound for the Sinai", "3RAR"),
    ("Air Task Force Lusitânia deploys to Iceland for the NATO mission", "Air Task Force Lusitânia"),
    ("Georgian 2nd Infantry Brigade heads to Diyala as Tbilisi doubles its contingent", "2nd Infantry Brigade"),
    ("The 4th Infantry Brigade's three light infantry battalions will move to Camp Echo near Diwaniyah.",
     "4th Infantry Brigade"),
    ("The 32nd Light Infantry Battalion of the 5th Infantry Brigade, which has guarded checkpoints since May, will "
     "return to Georgia in June.", "32nd Light Infantry Battalion"),
])
def test_units_in_headlines_possessives_and_with_parents(body, unit):
    assert [r["unit"] for r in rows(body)] == [unit]


def test_numbers_sharing_a_noun_and_respectively():
    found = rows("Kazakhstan's brigade arrived by rail, and Thailand and Malaysia sent 35 and 28 soldiers respectively.")
    assert [(r["count"], r["force"]) for r in found if r["count"] != ""] == [(35, "Thailand"), (28, "Malaysia")]
    found = rows("The task force, which includes 14 Chilean and 12 Paraguayan soldiers, will take over Sector 1.")
    assert [(r["count"], r["force"]) for r in found] == [(14, "Chile"), (12, "Paraguay")]


def test_a_list_of_personnel_nouns_keeps_its_unit_and_leave_for_names_the_destination():
    only("Families blessed the 265 soldiers, marines and airmen of the Argentine Task Force 38, who will leave for Cyprus.",
         unit="Task Force 38", force="Argentina", destination="Cyprus")


def test_a_move_from_a_unit_based_somewhere_is_a_move_and_brings_to_n_is_a_stock():
    only("Colombia will reinforce its border with 1,800 soldiers from the army's Fifth Division, based in Cucuta.",
         unit="Fifth Division", origin="Cucuta", kind="movement")
    only("The deployment brings to roughly 8,000 the number of Venezuelan troops on the border.", kind="stock")
    only("A British Army training team of about forty has been working with the battalions since January.",
         count=40, kind="stock")


@pytest.mark.parametrize("body, destination", [
    ("Britain has some 270 soldiers in Sector 2, around Nicosia.", "Sector 2"),
    ("Colombia keeps about 3,000 troops in Norte de Santander province.", "Norte de Santander"),
    ("South Africa will keep 1,450 soldiers in Mozambique's Cabo Delgado province for another year.", "Cabo Delgado"),
])
def test_place_names_with_numbers_particles_and_an_owning_country(body, destination):
    assert rows(body)[0]["destination"].startswith(destination)


def test_a_posting_to_come_is_a_move_to_the_place_and_leaving_for_a_tour_is_done():
    only("The contingent of 900, drawn from the 10th Infantry Division, will be based at Ukhia from next week.",
         kind="movement", destination="Ukhia", origin="")
    only("Yesterday 172 soldiers of the 2nd Battalion left for a year-long tour with the force.", status="arrived",
         kind="movement")


def test_the_number_a_contingent_is_counts_troops_in_place():
    found = rows("Among the troops, the largest contingents are some 300 from Botswana in Macomia and 270 from "
                 "Tanzania in Nangade.")
    assert [(r["count"], r["force"], r["kind"], r["origin"]) for r in found][:1] == [(300, "Botswana", "stock", "")]


def test_a_level_after_from_and_to_is_a_target_with_the_status_of_the_sentence():
    found = rows("To free up soldiers, Kenya will cut its contingent in Somalia from about 3,500 to 2,600 by March.")
    assert [(r["count"], r["kind"]) for r in found] == [(3500, "stock"), (2600, "target")]
    found = rows("The council ordered the mission to reduce its military component from about 9,000 troops to 7,000.")
    assert [(r["kind"], r["status"]) for r in found][-1] == ("target", "ordered")


def test_troops_expected_to_remain_are_a_target_but_troops_that_will_remain_are_there():
    only("Fewer than 900 soldiers are expected to remain in Kabul after August.", kind="target", status="planned")
    only("About 200 Marines will remain in Darwin over the wet season.", kind="stock")
def test_the_force_of_earlier_sentences_is_the_nearest_one_naming_a_force():
    """Read once per sentence (it was read again for every mention, growing with the square),
    the answer is still that of the nearest earlier sentence that names a force."""
    import random

    from posture import ingest, paths
    from posture.movements.extract import _Earlier, _sentence_force

    texts = ingest.read_article(paths.SEED_ARTICLE).sentences["text_normalised"].tolist()
    rng = random.Random(16)
    for _ in range(50):
        earlier, shown = _Earlier(), []
        for text in rng.sample(texts, 12) + ["No one is named here.", "Nor here."]:
            earlier.append(text)
            shown.append(text)
            nearest = next((f for f in map(_sentence_force, reversed(shown)) if f is not None), "")
            assert earlier.force() == nearest


@pytest.mark.parametrize("body, unit", [
    ("The first echelon had landed at Aini airfield, with the rest of the battalion expected by Thursday.", "battalion"),
    ("The spokesman said the task group would set sail from Aksaz next week.", "task group"),
    ("Bomber Task Force rotates through Diego Garcia as the base gets new shelters", "Bomber Task Force"),
    ("The outgoing squadron flew its last jets back to Louisiana on Monday.", "outgoing squadron"),
    ("Iran's army sends two brigades to the southeastern border after the attack", "brigades"),
    ("Units of the 77th Armored Division had been \"fully deployed\" along the frontier.", "77th Armored Division"),
    ("The Dornier detachment of the Indian Navy at Male will be withdrawn by the end of April.", "Dornier detachment"),
    ("It will relieve the 32nd contingent, which is now operating in the Gulf of Aden.", "32nd contingent"),
])
def test_more_units_that_move_or_stay_with_no_number(body, unit):
    assert unit in [r["unit"] for r in rows(body)]


def test_bare_shares_after_contributed_and_a_normal_figure_are_troops():
    found = rows("Of the troops in the mission, Canada has contributed around 170, the Netherlands some 90 and "
                 "New Zealand 95.")
    assert [(r["count"], r["force"]) for r in found] == [(170, "Canada"), (90, "Netherlands"), (95, "New Zealand")]
    only("Officials said the troops there now number more, but the normal figure is about 1,700.", count=1700,
         kind="stock")


def test_a_unit_numbered_in_its_name_is_not_a_count():
    only("They relieve a company of Jaegerbataillon 17, some 150 soldiers, which left Camp Butmir on Monday.",
         count=150)


def test_with_no_force_in_headline_or_mention_sentences_the_page_names_the_main_force():
    page = ("Troops on the move\n\nSome 400 soldiers will go to Arica next week.\n\nThe harbour is quiet.\n\n"
            "The town hall was closed.\n\nA Chilean flag flew over the port.\n")
    found = movements.mentions(ingest.parse(page))
    assert found[["count", "force"]].values.tolist() == [[400, "Chile"]]
    assert found.loc[0, "flag"] == "force not named near it: the article's main force"


def test_with_no_force_named_anywhere_the_force_stays_blank_and_flagged():
    found = rows("Some 400 soldiers will go to Arica next week.")
    assert found[0]["force"] == "" and found[0]["flag"] == "force not named"


@pytest.mark.parametrize("body, kind, status", [
    ("Uruguay provides 620 troops to the mission.", "stock", "existing"),
    ("Ghana has contributed around 880 soldiers to the force.", "stock", "existing"),
    ("Irish troops make up the bulk of the force, at about 340.", "stock", "existing"),
    ("The detachment, made up of about ninety airmen from Siauliai, will fly to Vilnius.", "movement", "announced"),
    ("Norway will contribute 200 soldiers to the mission next year.", "movement", "announced"),
])
def test_a_nations_share_of_a_force_is_a_stock_unless_still_to_come(body, kind, status):
    only(body, kind=kind, status=status)


def test_a_formation_made_up_of_a_number_is_that_numbers_unit_not_a_second_row():
    only("The detachment, made up of about ninety airmen from Siauliai, will fly to Vilnius.",
         count=90, unit="detachment", origin="Siauliai", destination="Vilnius")


@pytest.mark.parametrize("body, destination", [
    ("Brazil has begun moving about 600 soldiers into the northern state of Roraima.", "Roraima"),
    ("The army deployed about 1,500 soldiers into the southern town of Khiam on Wednesday.", "Khiam"),
    ("Caracas keeps about 2,000 soldiers near the Guyanese frontier.", "Guyana border"),
    ("Ecuador sends 2,000 more soldiers to Colombian border.", "Colombia border"),
    ("China moves 3,000 troops to Guangxi frontier.", "Guangxi"),
    ("Some 300 commandos have moved into the Sarak valley.", "Sarak valley"),
    ("Indonesia has sent about 1,200 soldiers to the Papua highlands.", "Papua highlands"),
])
def test_places_behind_a_settlement_word_a_demonyms_frontier_and_a_named_landform(body, destination):
    only(body, destination=destination)


@pytest.mark.parametrize("body, unit", [
    ("The battlegroup at Tata now numbers about 650 troops.", "battlegroup"),
    ("The detachment at Mountain Home Air Force Base, Idaho, has some 300 personnel.", "detachment"),
    ("Some 1,200 personnel of the Italian air force's 41st Wing are based there.", "41st Wing"),
])
def test_the_unit_of_a_subject_placed_somewhere_and_of_a_services_possessive(body, unit):
    only(body, unit=unit)


def test_a_share_of_a_number_keeps_that_numbers_unit():
    found = rows("The battlegroup at Tata now numbers about 650 troops from four nations, of whom some 450 are Hungarian.")
    assert [(r["count"], r["unit"], r["force"]) for r in found] == [
        (650, "battlegroup", "multinational"), (450, "battlegroup", "Hungary")]


@pytest.mark.parametrize("body", [
    "The convoy, including 28 Guarani armoured vehicles, is on the road to Pacaraima.",
    "Resolute Bay has a population of about 200 and the exercise will triple it.",
])
def test_vehicles_after_a_share_and_a_towns_population_are_not_troops(body):
    assert rows(body) == []


def test_a_unit_drawn_mainly_from_is_the_numbers_unit():
    only("Approximately 180 personnel, drawn mainly from the 6th Engineer Support Regiment, will deploy to Mount Hagen.",
         count=180, unit="6th Engineer Support Regiment", destination="Mount Hagen")


@pytest.mark.parametrize("body, count", [
    ("Hungary will host between 900 and 1,200 allied troops at Tata from January.", ""),
    ("About 600 of the reinforcements will come from the 9th Special Forces Brigade.", 600),
    ("Officials said some 13,000 alliance troops were already massed in Macedonia.", 13000),
    ("We've added a security flight, about 40 defenders, to the east gate.", 40),
])
def test_troops_hosted_reinforcements_defenders_and_alliance_troops_are_counted(body, count):
    only(body, count=count)


def test_a_base_that_can_host_troops_counts_capacity_not_troops():
    assert rows("The base can host 5,000 troops.") == []


@pytest.mark.parametrize("body, unit", [
    ("The rest of the 18th Mechanised Cavalry Squadron is travelling by road to Pacaraima.", "18th Mechanised Cavalry Squadron"),
    ("Marines of the 26th Marine Expeditionary Unit are due to come ashore in Greece next week.",
     "26th Marine Expeditionary Unit"),
])
def test_a_named_unit_travelling_or_coming_ashore_moves_with_no_number(body, unit):
    only(body, unit=unit, count="")


@pytest.mark.parametrize("body, unit, status", [
    ("The soldiers, most of them from the Hedmark Regiment, came over to Vardø from Tromsø on the ferry.",
     "Hedmark Regiment", "arrived"),
    ("Next month we're bringing in an F-15E squadron from Lakenheath.", "F-15E squadron", "announced"),
])
def test_a_unit_the_troops_are_from_or_one_brought_in_moves_with_no_number(body, unit, status):
    only(body, unit=unit, count="", status=status)


@pytest.mark.parametrize("body, kind, status", [
    ("Brazil's army has begun moving about 600 soldiers into Roraima.", "movement", "arrived"),
    ("Britain began withdrawing its 400 troops from Mali last week.", "withdrawal", "arrived"),
])
def test_a_move_begun_is_under_way(body, kind, status):
    only(body, kind=kind, status=status)


def test_sending_home_a_share_of_a_whole_withdraws_the_share_from_a_stock():
    found = rows("The US has begun sending home about 5,000 of its 18,500 soldiers there.")
    assert [(r["count"], r["kind"], r["status"]) for r in found] == [
        (5000, "withdrawal", "arrived"), (18500, "stock", "existing")]


def test_an_element_of_a_number_counts_troops():
    only("A staff element of around 40 will return to Yellowknife by the end of the month.", count=40,
         destination="Yellowknife", kind="withdrawal")


@pytest.mark.parametrize("body", [
    "We expect around 9,000 American troops to take part in the drill.",
    "Air Task Force Lusitania, some 90 airmen, is scheduled to return to Monte Real in May.",
    "Many are preparing for a rotation of about 850 peacekeepers to Bentiu.",
    "The fleet plans to involve more than 3,000 servicemen in the exercise.",
    "A further 60 engineers are expected to be posted to Ebbing.",
])
def test_an_expected_number_a_schedule_and_a_rotation_prepared_are_planned(body):
    only(body, status="planned")


@pytest.mark.parametrize("body, kind, status", [
    ("The main body of the battalion, numbering just over 300, will fly from Baldonnel to Beirut on 16 May.",
     "movement", "announced"),
    ("The brigade, numbering 3,000 soldiers, is based at Oirschot.", "stock", "existing"),
    ("An advance party of a few hundred soldiers was already in Goma.", "stock", "existing"),
])
def test_a_size_given_beside_a_body_leaves_its_status_to_the_clauses_verb(body, kind, status):
    only(body, kind=kind, status=status)


@pytest.mark.parametrize("body, destination", [
    ("The army currently has around 4,500 soldiers south of the Litani River.", "south of the Litani River"),
    ("Pretoria will deploy 2,650 soldiers to the east of the Democratic Republic of Congo.",
     "east of the Democratic Republic of Congo"),
    ("Sigonella, which the navy shares with the air force, is home to about 3,000 military personnel.", "Sigonella"),
    ("Germany hosts about 35,000 US troops.", "Germany"),
])
def test_a_side_of_a_place_and_the_place_that_hosts_troops(body, destination):
    only(body, destination=destination)


def test_a_country_that_has_troops_elsewhere_does_not_host_them():
    only("Kenya, which has about 3,500 soldiers in Jubaland, said on Monday it would stay.", destination="Jubaland")


def test_a_capital_that_hosts_troops_stands_for_its_government_not_a_place():
    only("Warsaw already hosts some 10,500 US troops.", destination="")


def test_marines_with_no_country_are_the_headlines_force_else_the_us_marine_corps():
    body = "About 250 Marines arrived in Batanes on Monday."
    assert rows(body, headline="Philippines sends Marines to Batanes")[0]["force"] == "Philippines"
    found = rows(body)
    assert found[0]["force"] == "United States" and found[0]["flag"] == "Marines with no country named: the US Marine Corps"


def test_a_demonym_naming_a_border_is_a_place_not_the_force():
    only("The military says it will put about 15,000 more soldiers along the Lebanese border.",
         force="", destination="Lebanon border")


@pytest.mark.parametrize("body", [
    "Soldiers went there.\n\nAn estimated 15,000 people died in the fighting, and thousands more remain in care centres.",
    "Soldiers went there.\n\nMore than 500,000 have entered Brazil through Roraima since 2017, most of them migrants.",
])
def test_a_bare_number_in_a_sentence_about_civilians_counts_no_troops(body):
    found = movements.mentions(ingest.parse(f"Troops on the move\n\n{body}\n"))
    assert found["sentence"].str.contains("entered|care centres").sum() == 0


def test_a_unit_the_troops_come_from_after_where_they_are():
    only("The United States has some 4,700 soldiers in Romania, many of them from the 101st Airborne Division.",
         unit="101st Airborne Division", destination="Romania", kind="stock")


@pytest.mark.parametrize("body, kind", [
    ("The corps has moved about 1,500 personnel into Mali, taking over camps the peacekeepers pulled out of.", "movement"),
    ("A covering force of about 900 will move from Germany to Tuzla to protect the withdrawal.", "movement"),
    ("Task Force 35, some 260 soldiers at San Martín Camp since March, will fly home next week.", "withdrawal"),
])
def test_the_verb_nearest_the_number_decides_between_a_move_and_a_withdrawal(body, kind):
    only(body, kind=kind)


@pytest.mark.parametrize("body, origin, destination", [
    ("The 32nd contingent, with about 300 personnel aboard the destroyer, will depart Busan on August 20.", "Busan", ""),
    ("More than 550 personnel from the Singapore Armed Forces have arrived at Fort Sill for the exercise.", "", "Fort Sill"),
])
def test_departing_a_port_is_the_origin_but_a_nations_armed_forces_are_no_place(body, origin, destination):
    only(body, origin=origin, destination=destination)


@pytest.mark.parametrize("body, count, kind", [
    ("Hungary to host 'up to 1,200' allied troops at Tata.", 1200, "movement"),
    ("The Marines replace soldiers going home, so the level in Somalia stays at about 500.", 500, "stock"),
    ("Soldiers back on Gotland: 150 arrive at Tofta as the island gets a garrison again.", 150, "movement"),
])
def test_a_quoted_number_a_level_that_stays_and_a_bare_number_that_arrives(body, count, kind):
    only(body, count=count, kind=kind)


@pytest.mark.parametrize("body, unit", [
    ("Germany's Panzerbrigade 21 will be stationed in Lithuania from 2025.", "Panzerbrigade 21"),
    ("The Italian Folgore Brigade has taken over the sector.", "Folgore Brigade"),
    ("The Korean Marine Corps 6th Brigade remains stationed on Baengnyeong Island.", "6th Brigade"),
    ("The 2nd Battalion, Royal Regiment of Scotland, returned to Edinburgh last week.",
     "2nd Battalion, Royal Regiment of Scotland"),
    ("The army ordered the 82nd Airborne's 1st Brigade to Fort Bragg's airfield.", "1st Brigade"),
])
def test_named_units_in_more_styles_move_with_no_number(body, unit):
    only(body, unit=unit, count="")


@pytest.mark.parametrize("body, unit, status", [
    ("The USS Gerald R. Ford carrier strike group has arrived in the eastern Mediterranean.",
     "USS Gerald R. Ford carrier strike group", "arrived"),
    ("The Iwo Jima Amphibious Ready Group is moving into the Red Sea.", "Iwo Jima Amphibious Ready Group", "announced"),
])
def test_a_naval_group_named_for_its_ship_moves_and_ready_in_its_name_plans_nothing(body, unit, status):
    only(body, unit=unit, count="", status=status)


def test_the_uae_and_the_car_are_countries():
    only("Seoul said it would send 500 more troops to the UAE.", destination="United Arab Emirates")
    only("Rwanda has about 2,000 soldiers in CAR.", destination="Central African Republic")


@pytest.mark.parametrize("body, status", [
    ("The deployment of 1,500 paratroopers to Kuwait was approved on Friday.", "ordered"),
    ("The deployment of 1,500 paratroopers to Kuwait was discussed on Friday.", "announced"),
])
def test_a_move_approved_after_its_number_is_ordered(body, status):
    only(body, status=status)


@pytest.mark.parametrize("body, kind", [
    ("Hungary plans to pull its 200-strong contingent out of Kosovo next year.", "withdrawal"),
    ("Britain's garrison in Belize has shrunk to fewer than 100 personnel.", "stock"),
    ("Kyiv says 45,000 Belarusian troops are massing near the border.", "stock"),
])
def test_a_strong_contingent_pulled_out_a_garrison_shrunk_and_troops_massing(body, kind):
    only(body, kind=kind)


def test_a_place_name_with_of_inside_it():
    only("About 900 soldiers were deployed along the Line of Control in Kashmir.", destination="Line of Control")
    assert rows("About 900 soldiers from the Ministry of Defence went to Tapa.")[0]["origin"] == ""


@pytest.mark.parametrize("body, unit", [
    ("Athens is contributing a staff team of 12 officers.", "staff team"),
    ("A German liaison cell of no fewer than 30 officers will move to Oirschot.", "liaison cell"),
    ("An advance party of 60 personnel arrived at Taurama Barracks on 14 March.", ""),
])
def test_a_small_body_a_number_is_the_size_of(body, unit):
    only(body, unit=unit)


def test_a_force_named_before_the_subjects_generic_unit():
    only("The NATO battlegroup in Estonia will number about 1,200 troops when it is complete.",
         unit="battlegroup", kind="target", force="NATO")


def test_a_units_soldiers_counted_after_whose():
    only("The camp already hosts the 4th Mechanised Brigade, whose roughly 4,000 soldiers are based across Troms county.",
         unit="4th Mechanised Brigade", kind="stock")


@pytest.mark.parametrize("body, kind", [
    ("Up to 4,000 Turkish troops now inside Iraq, analysts estimate", "stock"),
    ("BUDAPEST — Hungary will host between 900 and 1,200 allied troops at Tata, nearly doubling the battlegroup it leads.",
     "movement"),
])
def test_troops_now_inside_a_country_and_troops_a_country_will_host(body, kind):
    only(body, kind=kind)


def test_a_country_after_a_place_and_a_comma_that_has_its_verb_is_the_subject():
    only("Under the agreement signed at Kumanovo, Yugoslavia must withdraw an estimated 40,000 soldiers from Kosovo.",
         force="Yugoslavia", origin="Kosovo", kind="withdrawal")
    only("About 800 soldiers arrived at Tapa, Estonia, the ministry said.", destination="Tapa")


@pytest.mark.parametrize("body, force", [
    ("The largest contingent will come from the United States, which is sending about 300 soldiers from Vilseck.",
     "United States"),
    ("They met no resistance from the Indonesian army, which still has some 15,000 soldiers in East Timor.", "Indonesia"),
    ("Together with the Dongmyeong Unit in Lebanon, which has about 280, South Korea has 1,000 abroad.", "South Korea"),
])
def test_a_country_after_from_is_the_force_when_its_relative_clause_has_the_troops(body, force):
    assert rows(body)[0]["force"] == force


@pytest.mark.parametrize("body, destination", [
    ("In Latvia, Canada keeps about 1,100 soldiers at Adazi.", "Adazi"),
    ("In Lofoten, the navy landed 450 sailors on Tuesday.", "Lofoten"),
    ("At Camp Orlova in the far east, the army keeps just over 300 soldiers.", "Camp Orlova"),
    ("Chile has about 2,100 soldiers in the northern Atacama, officials said.", "northern Atacama"),
])
def test_a_sentence_opening_with_where_it_happens_and_a_direction_after_the(body, destination):
    assert rows(body)[0]["destination"] == destination


def test_a_capitalised_preposition_inside_a_sentence_is_not_a_route():
    assert rows("Troops To Stay: about 500 soldiers remain, the ministry said.")[0]["destination"] == ""


@pytest.mark.parametrize("body, kind, status", [
    ("Norway is poised to send 300 soldiers to Lithuania.", "movement", "planned"),
    ("Parliament approved the deployment of 300 soldiers to Lithuania.", "movement", "ordered"),
    ("The president has authorised the deployment of 300 soldiers to Lithuania.", "movement", "ordered"),
    ("The cabinet signed off on sending 300 soldiers to Lithuania.", "movement", "ordered"),
    ("Norway is weighing the deployment of 300 soldiers to Lithuania.", "movement", "planned"),
    ("Norway has completed the deployment of 300 soldiers to Lithuania.", "movement", "arrived"),
    ("Norway reinforced Lithuania with 300 soldiers last week.", "movement", "arrived"),
    ("Norway has ordered 300 soldiers home from Lithuania.", "withdrawal", "ordered"),
    ("Norway will cut 300 soldiers from its contingent in Lithuania.", "withdrawal", "announced"),
    ("Norway will repatriate 300 soldiers from Lithuania.", "withdrawal", "announced"),
    ("Norway will rotate 300 soldiers out of Lithuania in May.", "withdrawal", "announced"),
    ("Norway will cap its contingent in Lithuania at 300 soldiers.", "target", "announced"),
])
def test_orders_plans_completions_and_limits_in_more_of_the_words_reporters_use(body, kind, status):
    only(body, kind=kind, status=status)


@pytest.mark.parametrize("body, count", [
    ("Fiji will send 34 defence force personnel to Honiara.", 34),
    ("The first 200 or so US Marines touched down at Darwin on Tuesday.", 200),
    ("Some 400 air force personnel will go to Amberley.", 400),
])
def test_a_service_named_before_the_personnel_noun_and_a_hedge_after_the_number(body, count):
    assert rows(body)[0]["count"] == count


def test_units_listed_before_one_verb_are_each_a_row_with_their_own_nation_and_the_shared_reading():
    found = rows("Companies from the Danish 1st Brigade, the Estonian 2nd Infantry Brigade and the Latvian "
                 "3rd Mechanised Battalion are expected to arrive at Camp Adazi by 8 March.")
    assert [(r["unit"], r["force"], r["destination"], r["status"]) for r in found] == [
        ("1st Brigade", "Denmark", "Camp Adazi", "planned"),
        ("2nd Infantry Brigade", "Estonia", "Camp Adazi", "planned"),
        ("3rd Mechanised Battalion", "Latvia", "Camp Adazi", "planned")]


@pytest.mark.parametrize("body, expected", [
    ("Of the troops, Chile sent about 150, Peru 100, and Bolivia 70.", [150, 100, 70]),
    ("Roughly 150 coastal jaegers of the Uusimaa Brigade travelled by road.", [150]),
    ("Ottawa will reduce the number of U.K. and U.S. troops stationed in Belize to about 2,500 by 2027.", [2500]),
    ("The reinforcement will bring the staff of the Northern Command in Tromso to just over 300, up from 170.",
     [300, 170]),
])
def test_numbers_a_move_lists_a_level_past_abbreviations_and_more_personnel_words(body, expected):
    assert [r["count"] for r in rows(body)] == expected


def test_two_nationalities_joined_before_the_noun_are_multinational_and_a_unit_lands_with_its_tanks():
    only("More than 14,000 Thai and Japanese troops are in the drills.", force="multinational")
    only("The 5th Hussar Regiment and its tanks are expected to land at Aqaba later this month.",
         unit="5th Hussar Regiment", status="planned", destination="Aqaba")


@pytest.mark.parametrize("body, force", [
    ("Some 500 ECOWAS troops reached the village on Friday.", "ECOWAS"),
    ("About 900 SADC troops are based in Pemba.", "SADC"),
    ("The regional force numbers about 7,000 soldiers from five West African countries.", "multinational"),
    ("Up to 20,000 troops from 13 allied and partner nations are due to take part.", "multinational"),
])
def test_regional_organisations_field_troops_and_several_nations_described_are_multinational(body, force):
    assert rows(body)[0]["force"] == force


@pytest.mark.parametrize("body, origin, destination", [
    ("Ghana said it would send 205 soldiers, who were waiting for an airlift in Accra.", "Accra", ""),
    ("A further 300 soldiers are on standby in Brisbane to deploy to Honiara.", "Brisbane", "Honiara"),
    ("Camp Lemonnier is the only permanent base, and about 4,000 troops are stationed there.", "", "Camp Lemonnier"),
])
def test_troops_waiting_somewhere_leave_from_it_and_there_is_the_place_the_sentence_opens_with(body, origin, destination):
    only(body, origin=origin, destination=destination)


def test_a_place_left_is_no_force_and_soldiers_left_wounded_or_missing_are_no_move():
    assert rows("The last 300 troops left Mali on Friday.")[0]["force"] != "Mali"
    only("The clashes left 25 soldiers wounded and 300 troops deployed nearby.", count=300, kind="movement")
    assert rows("Some 900 soldiers went missing in action.") == []


@pytest.mark.parametrize("body, force", [
    ("Estonia will receive about 300 soldiers from Denmark.", "Denmark"),
    ("About 200 soldiers will come from Denmark.", "Denmark"),
    ("Britain and France will each send 300 soldiers to Estonia.", "multinational"),
])
def test_a_host_receives_troops_of_the_nation_they_come_from_and_two_subjects_are_multinational(body, force):
    assert rows(body)[0]["force"] == force


@pytest.mark.parametrize("body, unit", [
    ("Moscow moved the 41st Combined Arms Army closer to the border.", "41st Combined Arms Army"),
    ("A Patriot battery from the 3rd Air Defense Artillery will move to Slovakia.", "3rd Air Defense Artillery"),
    ("The Irish Defence Forces' 127th Infantry Battalion is due in Lebanon next week.", "127th Infantry Battalion"),
    ("The Royal Marines' 42 Commando will deploy to Norway.", "42 Commando"),
])
def test_armies_artillery_a_plural_owner_and_a_unit_due_somewhere_move_with_no_number(body, unit):
    assert unit in [r["unit"] for r in rows(body)]


def test_congo_alone_is_the_democratic_republic_and_cote_divoire_is_a_country():
    only("Congo's army has sent some 3,000 soldiers to South Kivu.", force="Democratic Republic of the Congo")
    only("About 300 soldiers will be sent to C\u00f4te d'Ivoire.", destination="Ivory Coast")
    only("About 300 soldiers will go to the Republic of the Congo.", destination="Republic of the Congo")


@pytest.mark.parametrize("body, status", [
    ("Soldiers back on Hiiumaa: 150 arrive at Kardla", "arrived"),
    ("Wagner's successor moves into former UN camps with 2,000 troops", "arrived"),
    ("Regional force completes first drawdown of 2,000 troops", "arrived"),
    ("About 300 soldiers will arrive next week.", "announced"),
    ("About 300 soldiers are expected to arrive next week.", "planned"),
])
def test_a_present_tense_of_arriving_tells_what_happened_and_a_future_one_does_not(body, status):
    assert rows(body)[0]["status"] == status


@pytest.mark.parametrize("body, kind, status", [
    ("The government planned to keep as many as 5,000 troops in Zulia state through October.", "target", "planned"),
    ("NATO would keep a residual force of 1,000 soldiers in Kabul.", "target", "announced"),
    ("South Africa will keep 1,450 soldiers in Pemba for another year.", "stock", "existing"),
    ("The force could number between 1,500 and 2,000 troops once it is deployed.", "target", "planned"),
    ("The force is meant to number up to 10,000 troops once deployed.", "target", "planned"),
])
def test_a_level_a_plan_keeps_is_a_target_and_one_that_goes_on_is_a_stock(body, kind, status):
    only(body, kind=kind, status=status)


def test_a_number_set_off_by_commas_after_the_troops_or_formation_it_counts():
    only("Congolese troops, about 500, arrived in Goma.", count=500, destination="Goma")
    only("The battalion, about 600, will move to Gao.", count=600, unit="battalion")


@pytest.mark.parametrize("body, unit", [
    ("Canada is sending no fewer than 1,100 troops to Norway, mainly from the 5th Canadian Division.", "5th Canadian Division"),
    ("The US flew in roughly four hundred troops, most of them Marines of the 1st Marine Division, on Friday.",
     "1st Marine Division"),
    ("A rotation of about 40 troops, including engineers from 2nd Field Squadron, will leave on Monday.", "2nd Field Squadron"),
])
def test_the_unit_troops_come_from_after_their_destination_or_their_trade(body, unit):
    assert rows(body)[0]["unit"] == unit


def test_a_battalion_named_by_nations_is_a_named_unit():
    only("The Nordic-Baltic Battalion, some 500 troops in all, is commanded by a Danish officer.",
         unit="Nordic-Baltic Battalion")


@pytest.mark.parametrize("body, origin, destination", [
    ("Some 300 soldiers will take over Camp Bastion in Helmand.", "", "Camp Bastion"),
    ("Some 300 soldiers landed on the island of Saaremaa.", "", "Saaremaa"),
    ("Some 300 soldiers returned to their home base at Fort Riley.", "", "Fort Riley"),
])
def test_a_camp_taken_over_an_island_of_a_name_and_a_home_base_returned_to(body, origin, destination):
    only(body, origin=origin, destination=destination)


def test_the_number_a_moving_unit_takes_with_it_is_its_own_row_not_a_second_one():
    found = rows("The 4th Armoured Brigade will deploy from its bases in Germany to Jordan, taking about 6,000 soldiers.")
    assert [(r["number_text"], r["unit"], r["destination"]) for r in found] == [("6,000", "4th Armoured Brigade", "Jordan")]


def test_the_towns_or_districts_of_several_places():
    only("Rwanda has about 2,000 soldiers in the neighbouring districts of Ancuabe and Montepuez.",
         destination="Ancuabe; Montepuez")


@pytest.mark.parametrize("body, origin, destination", [
    ("Some 300 soldiers of the brigade arrived at al-Jufra air base.", "", "al-Jufra air base"),
    ("More than 1,000 of the soldiers would return to their barracks in Guilin next week.", "", "Guilin"),
    ("About 1,200 troops were flown by helicopter to secure the Presevo valley.", "", "Presevo valley"),
])
def test_a_place_named_with_al_barracks_returned_to_and_a_place_troops_go_to_secure(body, origin, destination):
    only(body, origin=origin, destination=destination)


def test_a_force_planned_or_earmarked_for_a_place_goes_there():
    only("The army will station troops on the islands, and a force of roughly 500 to 600 is planned for Miyako island.",
         destination="Miyako island", status="planned")
    only("About 300 soldiers are earmarked for Estonia.", destination="Estonia", status="planned")


@pytest.mark.parametrize("body, unit, destination", [
    ("The 2nd/1st Battalion, Royal Fijian Regiment, will deploy to the Sinai.", "2nd/1st Battalion, Royal Fijian Regiment", "Sinai"),
    ("Elements of the 3rd Marine Regiment at Camp Hansen are planned to relocate to Guam.", "3rd Marine Regiment", "Guam"),
    ("The 27th Motor Rifle Battalion guards Tighina.", "27th Motor Rifle Battalion", "Tighina"),
    ("A flight from 34 Expeditionary Air Wing will deploy to Estonia.", "34 Expeditionary Air Wing", "Estonia"),
])
def test_units_with_two_ordinals_a_two_word_base_a_guarded_place_and_a_numbered_wing(body, unit, destination):
    found = [r for r in rows(body) if r["unit"] == unit]
    assert found and found[0]["destination"] == destination


@pytest.mark.parametrize("body, kind, status", [
    ("Australia brought its last 90 peacekeepers home from Bougainville a year ago.", "withdrawal", "arrived"),
    ("France pushed more of its 1,400 troops in Chad towards the front line.", "stock", "existing"),
    ("About 2,000 Eritrean soldiers had crossed back into Eritrea since Tuesday.", "withdrawal", "arrived"),
    ("Their roughly 230 soldiers are due back in Britain at the end of March.", "withdrawal", "planned"),
    ("Some 900 soldiers drove to Orzysz from Vilseck in March.", "movement", "arrived"),
    ("With some 4,500 NATO troops now deployed in Estonia, officials were pleased.", "stock", "existing"),
])
def test_brought_home_crossed_back_more_of_its_due_back_drove_and_now_deployed(body, kind, status):
    only(body, kind=kind, status=status)


def test_a_force_drawn_down_to_a_level():
    only("The Pentagon plans to draw its troops in Kuwait down to roughly 15,000 once the convoys are through.",
         kind="target", status="planned")


def test_a_battlegroup_a_nation_leads_is_multinational_and_its_share_is_the_nations():
    found = rows("In Latvia, a Canadian-led battlegroup of about 1,100 soldiers is based at Adazi, of whom roughly 800 are Canadian.")
    assert [(r["force"], r["unit"]) for r in found] == [("multinational", "battlegroup"), ("Canada", "battlegroup")]
    only("The Italian-led battlegroup at Lest numbers roughly 1,000, including Czech troops.", force="multinational")


def test_a_place_after_of_or_a_direction_in_a_list_is_no_force():
    found = rows("UAE forces deployed in the Horn of Africa and southern Yemen include about 1,000 personnel at Assab.")
    assert found[0]["force"] == "United Arab Emirates"


def test_names_that_run_on_to_an_and_are_one_list_of_places():
    only("The army had moved some 5,000 troops into Adigrat, Mekelle and Humera.", destination="Adigrat; Mekelle; Humera")
    only("About 800 soldiers arrived at Tapa, Estonia.", destination="Tapa")


def test_forces_deployed_in_a_place_are_there_and_a_country_that_deployed_troops_moved_them():
    only("UAE forces deployed in the Horn of Africa include about 1,000 personnel at Assab.", kind="stock")
    only("Ankara deployed 150 soldiers in Idlib last week.", kind="movement", status="arrived")


def test_flying_out_bound_for_a_town_abroad_is_a_deployment_and_flying_troops_out_is_a_withdrawal():
    only("Around 70 soldiers flew out of Amberley on Thursday night bound for Honiara, where rioting continued.",
         kind="movement", status="arrived", destination="Honiara")
    only("The Bundeswehr flew its last 264 soldiers out of Kunduz on Tuesday.", kind="withdrawal")


def test_a_share_of_troops_leaving_a_place_leaves_it_too_and_a_unit_rotated_back_withdraws():
    found = rows("About 9,000 Marines will relocate out of Okinawa, of whom about 4,000 will move to Guam.")
    assert [(r["origin"], r["destination"]) for r in found] == [("Okinawa", ""), ("Okinawa", "Guam")]
    only("A battalion of some 450 soldiers that has served in Nduga will be rotated back to Java.",
         kind="withdrawal", origin="Nduga", destination="Java")


@pytest.mark.parametrize("body, counts", [
    ("The Polish airborne brigade is expected to begin arriving in mid-May, about 1,500 strong.", [1500]),
    ("An advance party of 30 flew out to Nicosia last week to begin the handover for the troops.", [30]),
    ("Brigades roll into Kuwait as troop numbers in Iraq fall below 4,000.", [4000]),
    ("The army will cut the soldiers it contributes to the observer force in the Sinai from about 700 to roughly 450.",
     [700, 450]),
    ("We have about 2,400 troops in Bosnia, another 1,300 in Croatia and just under four thousand at the base in Taszar.",
     [2400, 1300, 4000]),
])
def test_a_size_given_as_strong_a_small_partys_size_a_level_falling_below_the_level_before_a_cut_and_a_list(body, counts):
    assert [r["count"] for r in rows(body)] == counts


def test_units_listed_after_from_a_battle_group_off_an_island_and_a_brigade_about_to_begin_arriving():
    assert [r["unit"] for r in rows("The reinforcements, from Marine Battalion Landing Team 3 and Marine Battalion Landing "
                                    "Team 4, landed at Laguindingan airport.")] == ["Marine Battalion Landing Team 3",
                                                                                    "Marine Battalion Landing Team 4"]
    only("The Nimitz carrier battle group had moved into waters off Malta.", unit="Nimitz carrier battle group",
         destination="off Malta")
    only("The Polish airborne brigade is expected to begin arriving in mid-May, about 1,500 strong.",
         unit="airborne brigade", status="planned")


def test_a_change_verb_far_before_its_level_still_makes_it_a_target():
    found = rows("The army will cut the soldiers it contributes to the observer force in the Sinai Peninsula in Egypt "
                 "from about 700 to roughly 450 over the next year.")
    assert [(r["count"], r["kind"]) for r in found] == [(700, "stock"), (450, "target")]


@pytest.mark.parametrize("body, unit", [
    ("Soldiers of the 3rd Squadron, 2nd Cavalry Regiment, left Vilseck on Wednesday.", "3rd Squadron, 2nd Cavalry Regiment"),
    ("MAJ. ORTIZ: The 2nd Brigade will take a little over 4,000 soldiers across the river next week.", "2nd Brigade"),
    ("The 1st Support Battalion will shed roughly sixty soldiers, mostly drivers.", "1st Support Battalion"),
])
def test_a_unit_with_its_numbered_parent_and_a_subject_unit_that_takes_or_sheds_troops(body, unit):
    assert rows(body)[0]["unit"] == unit


def test_the_soldiers_of_a_unit_inside_a_battlegroup_a_nation_leads_are_that_units_nations():
    found = rows("The US-led battlegroup at Orzysz is built around the 2nd Squadron, 2nd Cavalry Regiment, whose roughly "
                 "900 American soldiers drove to Orzysz in March.")
    assert found[0]["force"] == "United States"


def test_an_issuers_masthead_gives_the_main_force_when_the_story_names_none():
    page = ("Directorate of Coastal Defence\nKingdom of Norway\n\nPress release\n\nMore soldiers sent to the coast\n\n"
            "The directorate announces that about 600 soldiers have been moved to the coast.\n")
    found = movements.mentions(ingest.parse(page))
    assert list(found["force"]) == ["Norway"]


def test_a_nations_armed_forces_after_from_are_a_force_not_a_place():
    page = ("Island garrison returns\n\nAbout 150 soldiers arrived at Tofta on Tuesday.\n\n"
            "\u201cThe situation has changed,\u201d according to a statement from the Danish Armed Forces.\n")
    assert list(movements.mentions(ingest.parse(page))["force"]) == ["Denmark"]


def test_island_is_an_english_word_not_icelands_own_name():
    assert rows("About 300 Marines landed on Christmas Island on Tuesday.")[0]["force"] != "Iceland"


@pytest.mark.parametrize("body", [
    "Four American soldiers and two Fijian peacekeepers were wounded by a roadside bomb.",
    "Two soldiers were slightly hurt when a Humvee slid off a road.",
    "At least 120 militants, 38 soldiers and police and 20 civilians have been killed since May.",
    "No unit headquarters will move during the second phase.",
])
def test_soldiers_harmed_past_an_adverb_or_a_second_group_and_a_unit_denied_are_no_rows(body):
    assert rows(body) == []


def test_a_country_in_a_quotation_or_a_time_phrase_is_no_paragraphs_force():
    page = ("Troops fly south\n\nThe spokesman said the force would reach 24,000, calling it \u201cthe largest deployment since "
            "Korea.\u201d A further 2,000 Marines at Camp Pendleton, Calif., were on alert and could be sent if needed.\n")
    found = movements.mentions(ingest.parse(page))
    last = found.iloc[-1]
    assert last["force"] != "South Korea" and last["origin"] == "Camp Pendleton" and last["destination"] == ""


@pytest.mark.parametrize("body, force, unit", [
    ("About 60 soldiers of the PNGDF Engineer Battalion will move from Lae to Wewak.", "Papua New Guinea",
     "PNGDF Engineer Battalion"),
    ("The SANDF will keep 1,450 soldiers in Pemba.", "South Africa", ""),
    ("About 3,000 FARDC troops were sent to Uvira.", "Democratic Republic of the Congo", ""),
])
def test_a_national_force_named_by_its_acronym_is_that_nations_and_keeps_its_acronym_in_a_unit(body, force, unit):
    only(body, force=force, unit=unit)
