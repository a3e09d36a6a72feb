"""Short news articles written for the group tests: two earthquakes and two prisoner releases."""
from __future__ import annotations

from newsprism.model import Article

PERU_QUAKE = [
    Article(id="peru-1", outlet="Wire A", published="2025-03-18T09:00:00Z",
            title="Strong earthquake kills 14 in northern Peru",
            text="A magnitude 6.8 earthquake struck the Amazonas region of northern Peru before dawn on Tuesday, "
                 "killing at least 14 people, officials said. The quake was centred near the town of Bagua. "
                 "Landslides blocked roads to several villages and rescue teams searched collapsed homes."),
    Article(id="peru-2", outlet="Paper B", published="2025-03-18T15:30:00Z",
            title="Peru quake: rescuers dig through rubble in Amazonas",
            text="Rescuers in Peru's Amazonas region dug through the rubble of adobe houses on Tuesday after the "
                 "6.8 magnitude quake near Bagua. The death toll rose to 16, the civil defence institute said, "
                 "and more than 200 people were injured. Power was cut across the province."),
    Article(id="peru-3", outlet="Site C", published="2025-03-19T08:00:00Z",
            title="President visits Bagua after deadly earthquake",
            text="Peru's president flew to Bagua in the Amazonas region on Wednesday, a day after the earthquake "
                 "that killed 16 people. She promised emergency funds to families whose homes collapsed and said "
                 "the army would help clear the landslides blocking roads."),
]

TURKEY_QUAKE = [
    Article(id="turkey-1", outlet="Wire A", published="2025-08-10T06:00:00Z",
            title="Earthquake shakes eastern Turkey, several dead",
            text="A magnitude 6.1 earthquake hit Malatya province in eastern Turkey on Sunday, killing five "
                 "people, the disaster agency AFAD said. Buildings damaged in the 2023 quake collapsed in the town "
                 "of Yesilyurt and rescue teams searched the rubble."),
    Article(id="turkey-2", outlet="Paper D", published="2025-08-10T18:00:00Z",
            title="Malatya quake: AFAD says five killed, dozens injured",
            text="Turkey's disaster agency AFAD said five people were killed and 42 injured when the 6.1 magnitude "
                 "quake struck Malatya province. Interior minister Ali Yerlikaya said rescue teams had pulled "
                 "survivors from collapsed buildings in Yesilyurt."),
]

SEPTEMBER_RELEASE = [
    Article(id="minsk-sep-1", outlet="Wire A", published="2025-09-11T12:00:00Z",
            title="Belarus frees 52 prisoners after US talks",
            text="Belarus released 52 political prisoners on September 11 after talks with a US delegation in "
                 "Minsk, officials said. President Alexander Lukashenko pardoned the prisoners, who were driven to "
                 "the border with Lithuania. Washington eased sanctions on the national airline Belavia."),
    Article(id="minsk-sep-2", outlet="Paper B", published="2025-09-11T17:00:00Z",
            title="Lukashenko pardons 52 political prisoners",
            text="Alexander Lukashenko pardoned 52 political prisoners, who crossed into Lithuania on Thursday, "
                 "after meeting US envoy John Coale in Minsk. The US lifted sanctions on Belavia in return, the "
                 "envoy said."),
]

DECEMBER_RELEASE = [
    Article(id="minsk-dec-1", outlet="Wire A", published="2025-12-13T12:00:00Z",
            title="Belarus frees 123 prisoners after US talks",
            text="Belarus released 123 political prisoners on December 13 after talks with a US delegation in "
                 "Minsk, officials said. President Alexander Lukashenko pardoned the prisoners, who were driven to "
                 "the border with Ukraine. Washington lifted sanctions on potash producer Belaruskali."),
    Article(id="minsk-dec-2", outlet="Paper B", published="2025-12-13T19:00:00Z",
            title="Lukashenko pardons 123 political prisoners",
            text="Alexander Lukashenko pardoned 123 political prisoners, who crossed into Ukraine on Saturday, "
                 "after meeting US envoy John Coale in Minsk. The US lifted sanctions on Belaruskali potash in "
                 "return, the envoy said."),
]

ALL_ARTICLES = PERU_QUAKE + TURKEY_QUAKE + SEPTEMBER_RELEASE + DECEMBER_RELEASE

# Two title defences of one champion against different opponents, undated (as many scraped texts are):
# the same kind of event, the same champion, the same belts and arena words; only who he fought differs.
BELL_FIGHT = [
    Article(id="bell-1", title="Petrenko stops Bell in seventh to keep heavyweight belts",
            text="Oleksandr Petrenko stopped Marcus Bell in the seventh round to retain his WBA and IBF "
                 "heavyweight titles in Hamburg on Saturday night. Bell was down twice in the sixth round and the "
                 "referee waved the fight off early in the seventh. Petrenko said Bell had been a brave challenger."),
    Article(id="bell-2", title="Bell no match for Petrenko as champion retains titles",
            text="Marcus Bell never found his range against Oleksandr Petrenko, who kept his WBA and IBF "
                 "heavyweight belts with a seventh-round stoppage in Hamburg. Bell, 34, was floored by a right hand "
                 "in the sixth. Petrenko said he wants to unify the division next year."),
    Article(id="bell-3", title="Trainer Ruiz: Petrenko had Bell figured out",
            text="Petrenko's trainer Tomas Ruiz said the champion had studied Bell for months before the "
                 "seventh-round stoppage in Hamburg. Ruiz said Petrenko kept his jab working all night. Ruiz added "
                 "that Petrenko would rest before deciding on his next heavyweight defence."),
]

ALVAREZ_FIGHT = [
    Article(id="alvarez-1", title="Petrenko too strong for Alvarez in Cologne",
            text="Heavyweight champion Oleksandr Petrenko defended his WBA and IBF belts against Diego Alvarez, "
                 "whose corner threw in the towel after four one-sided rounds at the Lanxess Arena. The Spaniard "
                 "had promised to walk through the champion's jab but spent the night on the ropes. Alvarez, 29, "
                 "had won all of his 22 fights before Saturday."),
    Article(id="alvarez-2", title="Alvarez corner stops the fight as Petrenko dominates",
            text="Diego Alvarez took a standing count in the third round and his trainers ended the contest a "
                 "round later, handing Oleksandr Petrenko another defence of his heavyweight titles. Alvarez "
                 "said afterwards he had no complaints. A crowd of 18,000 watched in Cologne."),
]

# Three short reports of one dam breach, undated, each with an angle of its own: the breach, a rising toll, the
# government's denial. Written for the rarity prior (a folder too small to count its own words' rarity).
DAM_BREACH = [
    Article(id="dam-1", title="Dam breach floods three villages in northern Valdoria", text=(
        "TARVEN — An earthen dam on the Mirel river gave way early on Tuesday 14 October 2025, flooding three "
        "villages and forcing about 2,000 people from their homes, regional officials said.\n\nAt least 12 people "
        "were killed and 40 were injured, according to the regional emergency service. Governor Anya Petrovska "
        "said rescue teams had reached all three villages by noon.\n\n\"The water rose faster than anyone "
        "expected,\" Petrovska told reporters in Tarven. \"We will find out why this dam failed.\"\n\nThe dam, "
        "built in 1968, had been listed for repairs in 2023, but the work never started, the ministry of water "
        "resources said.")),
    Article(id="dam-2", title="Valdoria dam collapse: death toll rises to 15", text=(
        "The number of people killed when a dam collapsed on the Mirel river in northern Valdoria rose to 15 on "
        "Wednesday, the emergency service said, as rescuers searched flooded homes.\n\nThe dam burst on Monday "
        "night, 13 October, local residents said, hours before officials raised the alarm. More than 2,000 "
        "residents were evacuated.\n\nGovernor Anya Petrovska said: \"The water rose faster than anyone "
        "expected.\" She promised an inquiry into why the dam failed.\n\nOpposition lawmakers said the "
        "government had ignored warnings about the dam's condition for years.")),
    Article(id="dam-3", title="Valdorian government denies ignoring dam warnings", text=(
        "The Valdorian government on Wednesday denied that it had ignored warnings about the Mirel dam, which "
        "failed on Tuesday and flooded three villages.\n\nWater resources minister Ilya Brandt said the dam had "
        "been inspected in March and found safe. \"There was no warning that we ignored,\" Brandt said.\n\n"
        "Governor Petrovska said 15 people were confirmed dead and 52 injured. About 1,800 people have been moved "
        "to shelters in Tarven, she said.")),
]
