package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.ActorKnowledge.Person;

/** People in the built-in knowledge file and in a user's file. */
class ActorKnowledgeTest {
    private static final ActorKnowledge KNOWLEDGE = ActorKnowledge.load(Optional.empty());

    /** "name country sector" of the person a name means, or "none". */
    private static String person(ActorKnowledge knowledge, String name) {
        return knowledge.person(name).map(p -> p.name() + " " + p.country().orElse("-") + " " + p.sector().orElse("-"))
                .orElse("none");
    }

    private static String person(String name) {
        return person(KNOWLEDGE, name);
    }

    private static String profile(String name) {
        ActorKnowledge.Profile p = KNOWLEDGE.personProfile(name);
        return p.country().orElse("-") + " " + p.sector().orElse("-");
    }

    @Test
    void aPersonIsFoundByFullNameAliasOrSurname() {
        assertThat(person("Barack Obama")).isEqualTo("Barack Obama USA GOV");
        assertThat(person("Barack H. Obama")).isEqualTo("Barack Obama USA GOV");
        assertThat(person("Obama")).isEqualTo("Barack Obama USA GOV");
        assertThat(person("Vladimir Putin")).isEqualTo("Vladimir Putin RUS GOV");
        assertThat(person("Putin")).isEqualTo("Vladimir Putin RUS GOV");
        assertThat(person("Sergei Lavrov")).isEqualTo("Sergey Lavrov RUS GOV");
        assertThat(person("Lavrov")).isEqualTo("Sergey Lavrov RUS GOV");
        assertThat(person("Mahmud Abbas")).isEqualTo("Mahmoud Abbas PSE GOV");
        assertThat(person("Qaddafi")).isEqualTo("Muammar Gaddafi LBY GOV");
        assertThat(person("Hassan Nasrallah")).isEqualTo("Hassan Nasrallah LBN REB");
        assertThat(person("Alexei Navalny")).isEqualTo("Alexei Navalny RUS OPP");
        // the head of an international organisation has no country; the entry names his surname, which comes first
        assertThat(person("Ban Ki-moon")).isEqualTo("Ban Ki-moon - IGO");
        assertThat(person("Ban")).isEqualTo("Ban Ki-moon - IGO");
        // a given name is no surname, and a surname does not make any full name
        assertThat(person("Barack")).isEqualTo("none");
        assertThat(person("Michelle Obama")).isEqualTo("none");
        assertThat(person("Tomas Verhallen")).isEqualTo("none");
    }

    @Test
    void surnamesDropSuffixesAndArabicArticles() {
        assertThat(ActorKnowledge.surnameOf("Ferdinand Marcos Jr.")).contains("Marcos");
        assertThat(ActorKnowledge.surnameOf("Benigno Aquino III")).contains("Aquino");
        assertThat(ActorKnowledge.surnameOf("Bashar al-Assad")).contains("Assad");
        assertThat(ActorKnowledge.surnameOf("Abdullah II")).isEmpty();
        assertThat(person("Marcos")).isEqualTo("Ferdinand Marcos Jr. PHL GOV");
        assertThat(person("Aquino")).isEqualTo("Benigno Aquino III PHL GOV");
        assertThat(person("Assad")).isEqualTo("Bashar al-Assad SYR GOV");
        assertThat(person("al-Assad")).isEqualTo("Bashar al-Assad SYR GOV");
        assertThat(person("Xi")).isEqualTo("Xi Jinping CHN GOV");
        // "Abdullah II" is a regnal name and Abdullah Abdullah's entry names no surname
        assertThat(KNOWLEDGE.people("Abdullah")).isEmpty();
    }

    @Test
    void anAmbiguousNameGivesAProfileOnlyWhereEveryoneItMayMeanAgrees() {
        assertThat(KNOWLEDGE.person("Bush")).isEmpty();
        assertThat(KNOWLEDGE.people("Bush")).extracting(Person::name)
                .containsExactly("George W. Bush", "George H. W. Bush");
        assertThat(profile("Bush")).isEqualTo("USA GOV");
        assertThat(KNOWLEDGE.people("George Bush")).hasSize(2);
        assertThat(profile("George Bush")).isEqualTo("USA GOV");
        // the kings of Jordan and of Saudi Arabia share an alias but not a country
        assertThat(KNOWLEDGE.people("King Abdullah")).extracting(p -> p.country().orElseThrow())
                .containsExactly("JOR", "SAU");
        assertThat(profile("King Abdullah")).isEqualTo("- -");
        // Boris Johnson (GBR, GOV) and Mike Johnson (USA, LEG)
        assertThat(KNOWLEDGE.people("Johnson")).hasSize(2);
        assertThat(profile("Johnson")).isEqualTo("- -");
        // family names that come first are nobody's surname alone
        for (String family : new String[] {"Kim", "Li", "Singh", "Khan"}) {
            assertThat(KNOWLEDGE.people(family)).as(family).isEmpty();
            assertThat(profile(family)).as(family).isEqualTo("- -");
        }
        assertThat(person("Kim Jong-un")).isEqualTo("Kim Jong-un PRK GOV");
    }

    @Test
    void lookupsIgnoreCaseAccentsAndPunctuation() {
        assertThat(person("Recep Tayyip Erdogan")).isEqualTo("Recep Tayyip Erdoğan TUR GOV");
        assertThat(person("ERDOGAN")).isEqualTo("Recep Tayyip Erdoğan TUR GOV");
        assertThat(person("Antonio Guterres")).isEqualTo("António Guterres - IGO");
        assertThat(person("Radoslaw Sikorski")).isEqualTo("Radosław Sikorski POL GOV");
        assertThat(person("Mevlut Cavusoglu")).isEqualTo("Mevlüt Çavuşoğlu TUR GOV");
        assertThat(person("Hugo Chavez")).isEqualTo("Hugo Chávez VEN GOV");
        assertThat(person("Kim Jong Un")).isEqualTo("Kim Jong-un PRK GOV");
        assertThat(person("George H.W. Bush")).isEqualTo("George H. W. Bush USA GOV");
        assertThat(ActorKnowledge.personKey("Radosław  Sikorski")).isEqualTo("radoslaw sikorski");
    }

    @Test
    void theBuiltInPeopleAreWellFormed() {
        Set<String> sectors = Set.of("GOV", "MIL", "IGO", "REB", "OPP", "LEG", "JUD");
        assertThat(KNOWLEDGE.people()).hasSizeGreaterThan(300);
        for (Person p : KNOWLEDGE.people()) {
            // every full name means one person, whatever others' aliases and surnames are
            assertThat(KNOWLEDGE.person(p.name())).as(p.name()).contains(p);
            assertThat(p.sector()).as(p.name()).isPresent().get().isIn(sectors);
            // no country for the head of an IGO; a country for everyone else but leaders of transnational militant
            // groups (Osama bin Laden)
            String sector = p.sector().orElseThrow();
            if (sector.equals("IGO")) {
                assertThat(p.country()).as(p.name()).isEmpty();
            } else if (!sector.equals("REB")) {
                assertThat(p.country()).as(p.name()).isPresent();
            }
            assertThat(p.aliases()).as(p.name()).doesNotContain(p.name()).doesNotHaveDuplicates();
        }
    }

    /** "country sector" a phrase implies, "-" for either one missing. */
    private static String phrase(String text) {
        ActorKnowledge.Profile p = KNOWLEDGE.profile(text);
        return p.country().orElse("-") + " " + p.sector().orElse("-");
    }

    @Test
    void organisationsGiveTheirCountryAndSector() {
        assertThat(phrase("UNHCR")).isEqualTo("- IGO");
        assertThat(phrase("the UN refugee agency")).isEqualTo("- IGO");
        assertThat(phrase("Economic Community of West African States")).isEqualTo("- IGO");
        assertThat(phrase("European Commission")).isEqualTo("- IGO");
        assertThat(phrase("Interpol")).isEqualTo("- IGO");
        assertThat(phrase("Doctors Without Borders")).isEqualTo("- NGO");
        assertThat(phrase("Reporters Without Borders")).isEqualTo("- NGO");
        assertThat(phrase("Al Shabaab")).isEqualTo("SOM REB");
        assertThat(phrase("al-Shabab militants")).isEqualTo("SOM REB");
        assertThat(phrase("Ansar Allah")).isEqualTo("YEM REB");
        assertThat(phrase("Kurdistan Workers' Party")).isEqualTo("TUR REB");
        assertThat(phrase("Lord's Resistance Army")).isEqualTo("UGA REB");
        assertThat(phrase("al-Qaida")).isEqualTo("- REB");
        // a group named with its country is not the country's army ("Syrian" + "army")
        assertThat(phrase("Free Syrian Army")).isEqualTo("SYR REB");
        // nor the Afghan Taliban
        assertThat(phrase("Pakistani Taliban")).isEqualTo("PAK REB");
        assertThat(phrase("Israel Defense Forces")).isEqualTo("ISR MIL");
        assertThat(phrase("Iran's Revolutionary Guards")).isEqualTo("IRN MIL");
        assertThat(phrase("Verkhovna Rada")).isEqualTo("UKR LEG");
        assertThat(phrase("State Duma")).isEqualTo("RUS LEG");
        assertThat(phrase("Bharatiya Janata Party")).isEqualTo("IND PTY");
        assertThat(phrase("Xinhua news agency")).isEqualTo("CHN MED");
        assertThat(phrase("KCNA")).isEqualTo("PRK MED");
        assertThat(phrase("Reuters")).isEqualTo("- MED");
        // a body many countries have takes its country from the text
        assertThat(phrase("Brazil's Congress")).isEqualTo("BRA LEG");
        assertThat(phrase("U.S. Senate")).isEqualTo("USA LEG");
        assertThat(phrase("Kenya's National Assembly")).isEqualTo("KEN LEG");
        assertThat(phrase("Canada's Conservative Party")).isEqualTo("CAN PTY");
        assertThat(KNOWLEDGE.canonical("the Houthis")).contains("Houthis");
        assertThat(KNOWLEDGE.canonical("ISIL")).contains("Islamic State");
    }

    @Test
    void aUserFileAddsPeopleAndReplacesBuiltInOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("knowledge.json");
        Files.writeString(file, """
                {"version": 1,
                 "countries": [{"iso3": "VLD", "names": ["Valdria"], "demonyms": ["Valdrian"], "seats": ["Velmora"]}],
                 "people": [
                   {"name": "Tomas Verhallen", "aliases": ["Tomáš Verhallen"], "country": "VLD", "sector": "GOV"},
                   {"name": "Mark Rutte", "aliases": [], "country": "NLD", "sector": "GOV"}
                 ]}
                """);
        ActorKnowledge knowledge = ActorKnowledge.load(Optional.of(file));

        assertThat(person(knowledge, "Tomas Verhallen")).isEqualTo("Tomas Verhallen VLD GOV");
        assertThat(person(knowledge, "Verhallen")).isEqualTo("Tomas Verhallen VLD GOV");
        assertThat(person(knowledge, "Tomáš Verhallen")).isEqualTo("Tomas Verhallen VLD GOV");
        assertThat(person(knowledge, "Rutte")).isEqualTo("Mark Rutte NLD GOV");
        assertThat(person(knowledge, "Putin")).isEqualTo("Vladimir Putin RUS GOV");
        assertThat(person("Rutte")).isEqualTo("Mark Rutte - IGO");
        assertThat(person("Verhallen")).isEqualTo("none");
    }

    @Test
    void aBadPeopleEntryIsRejectedNamingTheFileAndTheFix(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"people": [{"name": "Jane Doe", "country": "UK", "sector": "GOV"}]}
                """);
        assertThatThrownBy(() -> ActorKnowledge.load(Optional.of(file))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Jane Doe").hasMessageContaining("\"UK\"").hasMessageContaining(file.toString())
                .hasMessageContaining("GBR");

        Files.writeString(file, """
                {"people": [{"aliases": ["Doe"], "country": "GBR"}]}
                """);
        assertThatThrownBy(() -> ActorKnowledge.load(Optional.of(file))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no \"name\"").hasMessageContaining(file.toString());
    }
}
