package fi.kokemus.ordering.notification;

import java.util.Map;

/** Readable names of the task catalogue's codes; an unknown code is shown as it is. */
final class TaskTypeNames {

    private static final Map<String, String[]> NAMES = Map.of(
            "CLIENT_SUPPORT", new String[] {"Asiakkaan tukeminen", "Stöd till en klient"},
            "GROUP_CO_LEADING", new String[] {"Ryhmän ohjaaminen työparina", "Gruppledning i par"},
            "STORY_TELLING", new String[] {"Oman tarinan kertominen", "Att berätta sin egen historia"},
            "DEVELOPMENT_GROUP", new String[] {"Kehittämistyöryhmä", "Utvecklingsarbetsgrupp"},
            "DEVELOPMENT_GROUP_PREPARED", new String[] {"Kehittämistyöryhmä, ennakkovalmistelu",
                "Utvecklingsarbetsgrupp med förberedelse"},
            "LECTURE_REGIONAL", new String[] {"Luento alueellisessa koulutuksessa", "Föreläsning, regional utbildning"},
            "LECTURE_NATIONAL", new String[] {"Luento valtakunnallisessa tilaisuudessa", "Föreläsning, nationellt evenemang"});

    private TaskTypeNames() {
    }

    static String finnish(String code) {
        return name(code, 0);
    }

    static String swedish(String code) {
        return name(code, 1);
    }

    private static String name(String code, int language) {
        if (code == null) {
            return language == 0 ? "Tehtävä" : "Uppdrag";
        }
        String[] names = NAMES.get(code);
        return names == null ? code : names[language];
    }
}
