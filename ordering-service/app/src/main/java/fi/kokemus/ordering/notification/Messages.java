package fi.kokemus.ordering.notification;

import fi.kokemus.ordering.contract.SessionTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The texts, in Finnish and Swedish. They name the task and its time but never a person, a
 * contact detail or anything about a client: the link leads to the details in the system.
 */
public final class Messages {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter FI_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");
    private static final DateTimeFormatter SV_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/yyyy");

    private final String systemUrl;

    /** @param systemUrl where people sign in, e.g. {@code https://kokemus.example.org} */
    public Messages(String systemUrl) {
        this.systemUrl = systemUrl.endsWith("/") ? systemUrl.substring(0, systemUrl.length() - 1) : systemUrl;
    }

    Message newOffer(String taskType, boolean remote, List<SessionTime> sessions, Instant startsAt, Instant respondBy,
            String orderId) {
        return message("Uusi tehtävätarjous / Nytt uppdragserbjudande",
                "Sinulle on tarjottu kokemusasiantuntijan tehtävää.\n"
                        + "Tehtävä: " + TaskTypeNames.finnish(taskType) + "\n"
                        + "Aika: " + fi(startsAt) + moreSessionsFi(sessions) + "\n"
                        + "Paikka: " + (remote ? "etä" : "paikan päällä") + "\n"
                        + "Hyväksy tai hylkää tarjous järjestelmässä viimeistään " + fi(respondBy) + ".",
                "Du har erbjudits ett uppdrag som erfarenhetsexpert.\n"
                        + "Uppdrag: " + TaskTypeNames.swedish(taskType) + "\n"
                        + "Tid: " + sv(startsAt) + moreSessionsSv(sessions) + "\n"
                        + "Plats: " + (remote ? "på distans" : "på plats") + "\n"
                        + "Godkänn eller avböj erbjudandet i systemet senast " + sv(respondBy) + ".",
                orderLink(orderId));
    }

    Message sessionRescheduled(String taskType, Instant previousStartsAt, Instant startsAt, String orderId) {
        return message("Tehtävän aika muuttui / Uppdragets tid har ändrats",
                "Tehtävän \"" + TaskTypeNames.finnish(taskType) + "\" kerta on siirretty.\n"
                        + "Aiempi aika: " + fi(previousStartsAt) + "\nUusi aika: " + fi(startsAt),
                "Ett tillfälle av uppdraget \"" + TaskTypeNames.swedish(taskType) + "\" har flyttats.\n"
                        + "Tidigare tid: " + sv(previousStartsAt) + "\nNy tid: " + sv(startsAt),
                orderLink(orderId));
    }

    Message cancelledByUnit(String taskType, int sessions, String orderId) {
        return message("Tehtävä peruttiin / Uppdraget har avbokats",
                "Tilaava yksikkö perui tehtävän \"" + TaskTypeNames.finnish(taskType) + "\" ("
                        + sessions + " " + (sessions == 1 ? "kerta" : "kertaa") + ").",
                "Den beställande enheten avbokade uppdraget \"" + TaskTypeNames.swedish(taskType) + "\" ("
                        + sessions + " " + (sessions == 1 ? "tillfälle" : "tillfällen") + ").",
                orderLink(orderId));
    }

    Message groupEndedEarly(String taskType, int droppedSessions, String orderId) {
        return message("Ryhmä päättyy ennen aikojaan / Gruppen avslutas i förtid",
                "Ryhmä \"" + TaskTypeNames.finnish(taskType) + "\" päätettiin ennen aikojaan; "
                        + droppedSessions + " sovittua kertaa jää pitämättä.",
                "Gruppen \"" + TaskTypeNames.swedish(taskType) + "\" avslutades i förtid; "
                        + droppedSessions + " avtalade tillfällen hålls inte.",
                orderLink(orderId));
    }

    Message accepted(String orderId) {
        return message("Asiantuntija hyväksyi tehtävän / Experten godkände uppdraget",
                "Kokemusasiantuntija on hyväksynyt tilauksenne tehtävän. Sopikaa yksityiskohdista järjestelmän kautta.",
                "Erfarenhetsexperten har godkänt uppdraget i er beställning. Kom överens om detaljerna via systemet.",
                orderLink(orderId));
    }

    Message declined(String orderId) {
        return message("Asiantuntija ei ottanut tehtävää vastaan / Experten avböjde uppdraget",
                "Kokemusasiantuntija ei ottanut tilauksenne tehtävää vastaan. Koordinaattori voi ehdottaa toista.",
                "Erfarenhetsexperten avböjde uppdraget i er beställning. Koordinatorn kan föreslå en annan.",
                orderLink(orderId));
    }

    Message expertCancelled(String orderId) {
        return message("Asiantuntija perui osallistumisensa / Experten har avbokat",
                "Kokemusasiantuntija perui osallistumisensa tilauksenne tehtävään. Varahenkilön haku on avattu.",
                "Erfarenhetsexperten har avbokat sitt deltagande i er beställning. Sökandet efter en ersättare har öppnats.",
                orderLink(orderId));
    }

    Message backupNeeded(String orderId) {
        return message("Varahenkilöä tarvitaan / En ersättare behövs",
                "Kokemusasiantuntija perui hyväksymänsä tehtävän. Tilaukselle tarvitaan varahenkilö.",
                "En erfarenhetsexpert har avbokat ett godkänt uppdrag. Beställningen behöver en ersättare.",
                orderLink(orderId));
    }

    Message workReported(Instant sessionStartsAt, String orderId) {
        return message("Työilmoitus odottaa hyväksyntää / En arbetsrapport väntar på godkännande",
                "Kokemusasiantuntija ilmoitti kerran " + fi(sessionStartsAt) + " työn. Tarkista ja hyväksy ilmoitus.",
                "Erfarenhetsexperten rapporterade arbetet för tillfället " + sv(sessionStartsAt)
                        + ". Granska och godkänn rapporten.",
                orderLink(orderId));
    }

    Message newOrderInQueue(String taskType, Instant startsAt, String orderId) {
        return message("Uusi tilaus jonossa / En ny beställning i kön",
                "Uusi tilaus odottaa käsittelyä.\nTehtävä: " + TaskTypeNames.finnish(taskType)
                        + "\nEnsimmäinen kerta: " + fi(startsAt),
                "En ny beställning väntar på behandling.\nUppdrag: " + TaskTypeNames.swedish(taskType)
                        + "\nFörsta tillfället: " + sv(startsAt),
                orderLink(orderId));
    }

    Message reportReminder(YearMonth workMonth, LocalDate cutoff, int unreportedSessions) {
        return message("Muistutus: ilmoita tehdyt työt / Påminnelse: rapportera utfört arbete",
                "Sinulla on " + unreportedSessions + " ilmoittamatonta kertaa kuukaudelta " + MONTH.format(workMonth)
                        + ". Ilmoita ne viimeistään " + DATE.format(cutoff) + ", jotta palkkio maksetaan ajallaan.",
                "Du har " + unreportedSessions + " orapporterade tillfällen för månaden " + MONTH.format(workMonth)
                        + ". Rapportera dem senast " + DATE.format(cutoff) + " så att arvodet betalas i tid.",
                systemUrl + "/ordering/my-assignments");
    }

    private Message message(String subject, String finnish, String swedish, String link) {
        return new Message(subject, finnish + "\n" + link + "\n\n" + swedish + "\n" + link + "\n");
    }

    private String orderLink(String orderId) {
        return systemUrl + "/ordering/orders/" + orderId;
    }

    private static String moreSessionsFi(List<SessionTime> sessions) {
        return sessions.size() > 1 ? " (yhteensä " + sessions.size() + " kertaa)" : "";
    }

    private static String moreSessionsSv(List<SessionTime> sessions) {
        return sessions.size() > 1 ? " (sammanlagt " + sessions.size() + " tillfällen)" : "";
    }

    private static String fi(Instant instant) {
        return FI_TIME.format(instant.atZone(HELSINKI));
    }

    private static String sv(Instant instant) {
        return SV_TIME.format(instant.atZone(HELSINKI));
    }
}
