package no.virksomhetsplan.dev;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The scale municipality's checklists, the same for the same seed, tree, number of months and day: three templates (a
 * monthly HMS checklist of 20 questions, a monthly quality checklist of 40, a yearly internal-control checklist of 40)
 * given to every unit for each month (and year) of the period, in one distribution per sector and one for the top unit
 * (the API takes at most 1,000 targets at once). Each unit's checklist is submitted, left a draft or not started, with
 * answers and the odd deviation; how diligent a unit is stays the same across its checklists. The current month and
 * year are still open; earlier periods are locked once answered. Nothing here talks to the system.
 */
final class ScaleChecklists {

    enum State { NOT_STARTED, DRAFT, SUBMITTED }

    record Question(String text, String type, boolean required) {
    }

    record Checkpoint(String title, List<Question> questions) {
    }

    record Category(String title, List<Checkpoint> checkpoints) {
    }

    /** @param periodKind MONTH or YEAR: how often the template is given */
    record Template(String key, String name, String area, String description, String periodKind, boolean inMonthlyReport,
            List<Category> categories) {

        List<Question> questions() {
            return categories.stream().flatMap(c -> c.checkpoints().stream()).flatMap(c -> c.questions().stream()).toList();
        }
    }

    record Period(String kind, int year, int number) {

        LocalDate lastDay() {
            return kind.equals("YEAR") ? LocalDate.of(year, 12, 31) : YearMonth.of(year, number).atEndOfMonth();
        }

        String label() {
            return kind.equals("YEAR") ? Integer.toString(year) : MONTH_NAMES[number - 1] + " " + year;
        }
    }

    /**
     * @param open     the current month or year: left open after loading; earlier periods are locked (closed)
     * @param unitCodes the units that get it: a sector with everything below it, or the top unit alone
     */
    record PlannedDistribution(Template template, Period period, String title, LocalDate deadline, boolean open,
            List<String> unitCodes) {
    }

    /** One answer to the question at {@code question} (its place in the template); exactly one value is set. */
    record PlannedAnswer(int question, String text, Boolean checked, String choice, BigDecimal number, String reason) {
    }

    /** A deviation raised from a NO answer (the question at {@code question}) of a submitted checklist. */
    record PlannedDeviation(int question, String description, String severity, String responsible, LocalDate deadline) {
    }

    record PlannedResponse(String unitCode, State state, List<PlannedAnswer> answers, List<PlannedDeviation> deviations) {
    }

    record Totals(int distributions, long checklists, long submitted, long drafts, long notStarted, long answers,
            long deviations) {
    }

    private static final String[] MONTH_NAMES = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};
    /** Share (per cent) of a unit's checklists it submits in a past period, by how diligent the unit is. */
    private static final int[] SUBMIT_PERCENT = {96, 82, 45};
    /** One NO answer in this many raises a deviation: a few, as in a municipality where most NOs are fixed on the spot. */
    private static final int DEVIATION_PER_NO = 50;
    private static final String[] TEXTS = {"Ingen merknader denne perioden.", "Fulgt opp i personalmøtet.",
            "Se egen rapport i kvalitetssystemet.", "Tiltak er planlagt og gjennomføres neste måned.",
            "Drøftet med verneombud og tillitsvalgt."};
    private static final String[] NOT_RELEVANT_REASONS = {"Gjelder ikke for enheten.", "Enheten har ikke denne typen tjeneste.",
            "Ivaretas av virksomheten over oss."};

    static final List<Template> TEMPLATES = List.of(
            template("hms", "HMS-sjekkliste (månedlig)", "HSE", "MONTH", true,
                    "Månedlig egenkontroll av helse, miljø og sikkerhet. Et «nei» kan meldes som avvik.", """
                    # Brannvern
                    ## Rømningsveier og nødlys
                    Y* Er rømningsveiene frie og merket?
                    C* Er nødlyset kontrollert denne måneden?
                    Y* Er brannslukningsutstyret på plass og kontrollert?
                    ## Øvelser og opplæring
                    N Antall brannøvelser denne måneden
                    Y* Har nyansatte fått brannopplæring?
                    # Arbeidsmiljø
                    ## Sykefravær
                    Y* Er sykefraværet fulgt opp etter rutinen?
                    N Antall sykmeldte ved utgangen av måneden
                    Y* Er oppfølgingsplaner laget innen fire uker?
                    ## Vold og trusler
                    Y* Er alle hendelser med vold og trusler meldt?
                    Y* Har de berørte fått oppfølging etter hendelsen?
                    ## Psykososialt arbeidsmiljø
                    Y Har et personalmøte hatt HMS på sakslisten?
                    T Kommentar til arbeidsmiljøet
                    # Fysisk arbeidsmiljø og utstyr
                    ## Lokaler
                    Y* Er inneklima og renhold tilfredsstillende?
                    C Er vernerunde gjennomført?
                    Y* Er farlige stoffer merket og lagret forsvarlig?
                    ## Utstyr
                    Y* Er teknisk utstyr og hjelpemidler kontrollert?
                    C Er personlig verneutstyr tilgjengelig?
                    # Avvik og oppfølging
                    ## HMS-avvik
                    N Antall HMS-avvik meldt denne måneden
                    Y* Er meldte HMS-avvik behandlet?
                    T Tiltak som er satt i verk
                    """),
            template("kvalitet", "Kvalitet og tjenester (månedlig)", "QUALITY", "MONTH", false,
                    "Månedlig gjennomgang av tjenestekvalitet, saksbehandling, personvern, økonomi og beredskap.", """
                    # Tjenestekvalitet
                    ## Brukere og innbyggere
                    Y* Er henvendelser fra innbyggere besvart innen fristen?
                    N Antall klager mottatt denne måneden
                    Y* Er klagene behandlet innen fristen?
                    Y Er brukerundersøkelsen fulgt opp?
                    T Viktigste tilbakemelding fra brukerne
                    ## Tjenestebeskrivelser
                    Y* Er tjenestebeskrivelsene oppdatert?
                    C Er informasjonen på nettsidene kontrollert?
                    Y Er språket i vedtak og brev klart?
                    # Saksbehandling og dokumentasjon
                    ## Saksbehandling
                    Y* Er saker behandlet innen lovpålagte frister?
                    N Antall saker over fristen
                    Y* Er foreløpig svar sendt i saker som tar tid?
                    Y Er vedtakene begrunnet etter forvaltningsloven?
                    ## Arkiv
                    Y* Er innkommende post journalført?
                    C Er restanselisten gjennomgått?
                    N Antall dokumenter i restanse
                    Y* Er avsluttede saker arkivert?
                    ## Personvern og informasjonssikkerhet
                    Y* Er tilgangene til fagsystemene gjennomgått?
                    Y* Er brudd på personopplysningssikkerheten meldt?
                    C Har nyansatte signert taushetserklæring?
                    N Antall tilgangsendringer denne måneden
                    Y Er nye behandlinger av personopplysninger risikovurdert?
                    # Økonomi og ressurser
                    ## Budsjett
                    Y* Er regnskapet gjennomgått mot budsjettet?
                    N Prognose for avvik fra budsjettet (tusen kroner)
                    Y* Er vesentlige avvik meldt til nivået over?
                    T Forklaring på avvik fra budsjettet
                    ## Innkjøp
                    Y* Er innkjøpene gjort etter rammeavtalene?
                    C Er fakturaene attestert innen fristen?
                    Y Er direkte anskaffelser dokumentert?
                    ## Bemanning
                    Y* Er turnus og vaktplaner dekket?
                    N Antall ubesatte stillinger
                    N Overtidstimer denne måneden
                    Y Er bruken av vikarer innenfor rammen?
                    # Beredskap og forbedring
                    ## Beredskap
                    Y* Er beredskapsplanen kjent for de ansatte?
                    C Er varslingslistene oppdatert?
                    Y Er det gjennomført en beredskapsøvelse i perioden?
                    ## Forbedring
                    Y* Er forbedringsforslag fra ansatte behandlet?
                    N Antall forbedringsforslag denne måneden
                    T Forbedringstiltak som er gjennomført
                    Y Er erfaringene delt med andre enheter?
                    C Er status på tiltakene oppdatert i virksomhetsplanen?
                    """),
            template("internkontroll", "Årlig internkontroll (kommuneloven § 25-1)", "INTERNAL_CONTROL", "YEAR", false,
                    "Enhetens årlige gjennomgang av internkontrollen: oversikt, rutiner, avvik, dokumentasjon og forbedring.", """
                    # Oversikt over virksomheten (a)
                    ## Oppgaver og mål
                    Y* Er enhetens hovedoppgaver og mål beskrevet?
                    C* Er beskrivelsen oppdatert i år?
                    Y* Er organisering, ansvar og myndighet beskrevet?
                    Y Er delegeringsreglementet kjent for lederne?
                    ## Risikovurdering
                    Y* Er det gjort en risikovurdering av enhetens oppgaver?
                    N Antall risikoer vurdert som høye
                    Y* Er tiltak satt i verk for de høye risikoene?
                    T De viktigste risikoene i år
                    # Rutiner (b)
                    ## Rutiner
                    Y* Har enheten nødvendige rutiner for sine risikoområder?
                    Y* Er rutinene tilgjengelige for de ansatte?
                    N Antall rutiner revidert i år
                    T Hvilke rutiner ble revidert i år?
                    Y Er rutinene i samsvar med lov og forskrift?
                    ## Opplæring
                    Y* Har de ansatte fått opplæring i rutinene?
                    C Er opplæringen dokumentert?
                    Y Er det gitt opplæring i avvikssystemet?
                    # Avvik (c)
                    ## Avviksmelding
                    Y* Blir avvik meldt og fulgt opp?
                    N Antall meldte avvik i år
                    N Antall avvik som ikke er lukket
                    Y* Er alvorlige avvik rapportert til nivået over?
                    ## Læring
                    Y Er årsakene til gjentatte avvik analysert?
                    T Tiltak etter avvik i år
                    C Er avvikene gjennomgått i ledermøtet?
                    # Dokumentasjon (d)
                    ## Dokumentasjon
                    Y* Er internkontrollen dokumentert i den formen som trengs?
                    Y* Er dokumentasjonen oppdatert?
                    C Er dokumentasjonen lagret i kvalitetssystemet?
                    Y Er det enkelt å finne gjeldende versjon?
                    ## Tilsyn og revisjon
                    N Antall tilsyn i år
                    Y* Er pålegg fra tilsyn fulgt opp?
                    Y Er merknader fra revisjonen fulgt opp?
                    T Funn fra tilsyn og revisjon
                    # Evaluering og forbedring (e)
                    ## Evaluering
                    Y* Er rutinene evaluert i år?
                    Y* Er internkontrollen gjennomgått med de ansatte?
                    C Er vernetjenesten og de tillitsvalgte involvert?
                    N Antall forbedringer etter evalueringen
                    ## Rapportering
                    Y* Er status for internkontrollen rapportert til nivået over?
                    Y Er rapporteringen i tråd med kommunedirektørens krav?
                    T Plan for forbedring neste år
                    C Er årshjulet for internkontroll fulgt?
                    Y Er ressursene til internkontroll tilstrekkelige?
                    """));

    private final long seed;
    private final LocalDate today;
    private final List<YearMonth> months;
    private final Map<String, ScaleModel.Unit> units = new LinkedHashMap<>();
    /** The top unit alone, then each sector with its subtree, in tree order. */
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    /**
     * @param months how many months, ending with today's (the open one)
     */
    ScaleChecklists(long seed, List<ScaleModel.Unit> tree, int months, LocalDate today) {
        this.seed = seed;
        this.today = today;
        this.months = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            this.months.add(YearMonth.from(today).minusMonths(i));
        }
        Map<String, String> sectorOf = new LinkedHashMap<>();
        for (ScaleModel.Unit unit : tree) {
            units.put(unit.code(), unit);
            if (unit.parentCode() == null) {
                sectorOf.put(unit.code(), unit.code());
            } else {
                ScaleModel.Unit parent = units.get(unit.parentCode());
                sectorOf.put(unit.code(), parent.parentCode() == null ? unit.code() : sectorOf.get(parent.code()));
            }
            groups.computeIfAbsent(sectorOf.get(unit.code()), code -> new ArrayList<>()).add(unit.code());
        }
    }

    List<YearMonth> months() {
        return months;
    }

    /** Every distribution: for each period, oldest first, one per group; monthly templates each month, yearly each year. */
    List<PlannedDistribution> distributions() {
        List<Period> monthly = months.stream().map(m -> new Period("MONTH", m.getYear(), m.getMonthValue())).toList();
        List<Period> yearly = new TreeSet<>(months.stream().map(YearMonth::getYear).toList()).stream()
                .map(year -> new Period("YEAR", year, 1)).toList();
        List<PlannedDistribution> planned = new ArrayList<>();
        for (Template template : TEMPLATES) {
            for (Period period : template.periodKind().equals("YEAR") ? yearly : monthly) {
                boolean open = !period.lastDay().isBefore(today);
                // Not before today (the API refuses a past deadline); earlier periods are locked right after loading.
                LocalDate deadline = open ? period.lastDay().plusDays(10) : today.plusDays(30);
                groups.forEach((groupCode, codes) -> planned.add(new PlannedDistribution(template, period,
                        template.name() + " – " + period.label() + " – " + units.get(groupCode).name(), deadline, open, codes)));
            }
        }
        return planned;
    }

    /** One unit's checklist of a distribution: from the seed alone (no state, any order). */
    PlannedResponse response(PlannedDistribution distribution, String unitCode) {
        SplittableRandom random = new SplittableRandom(ScaleModel.mix(ScaleModel.mix(ScaleModel.mix(seed
                ^ distribution.template().key().hashCode()) ^ distribution.period().label().hashCode()) ^ unitCode.hashCode()));
        int submitPercent = SUBMIT_PERCENT[diligence(unitCode)] / (distribution.open() ? 2 : 1);
        State state = random.nextInt(100) < submitPercent ? State.SUBMITTED
                : random.nextInt(100) < (distribution.open() ? 50 : 35) ? State.DRAFT : State.NOT_STARTED;
        List<Question> questions = distribution.template().questions();
        int asked = switch (state) {
            case NOT_STARTED -> 0;
            case DRAFT -> questions.size() / 4 + random.nextInt(questions.size() / 2);
            case SUBMITTED -> questions.size();
        };
        List<PlannedAnswer> answers = new ArrayList<>();
        List<PlannedDeviation> deviations = new ArrayList<>();
        for (int i = 0; i < asked; i++) {
            Question question = questions.get(i);
            int skipPercent = question.required() ? 0 : question.type().equals("TEXT") ? 50 : 10;
            if (random.nextInt(100) < skipPercent) {
                continue;
            }
            PlannedAnswer answer = answer(i, question, random);
            answers.add(answer);
            if (state == State.SUBMITTED && "NO".equals(answer.choice()) && random.nextInt(DEVIATION_PER_NO) == 0) {
                int severity = random.nextInt(100);
                deviations.add(new PlannedDeviation(i, "Besvart «nei» i " + distribution.title() + ": " + question.text(),
                        severity < 50 ? "LOW" : severity < 85 ? "MEDIUM" : "HIGH", units.get(unitCode).leader(),
                        today.plusDays(14 + random.nextInt(47))));
            }
        }
        return new PlannedResponse(unitCode, state, answers, deviations);
    }

    /** What the whole plan comes to (it walks every checklist: seconds at full size). */
    Totals totals() {
        List<PlannedDistribution> distributions = distributions();
        long checklists = 0, submitted = 0, drafts = 0, notStarted = 0, answers = 0, deviations = 0;
        for (PlannedDistribution distribution : distributions) {
            for (String unit : distribution.unitCodes()) {
                PlannedResponse response = response(distribution, unit);
                checklists++;
                switch (response.state()) {
                    case SUBMITTED -> submitted++;
                    case DRAFT -> drafts++;
                    case NOT_STARTED -> notStarted++;
                }
                answers += response.answers().size();
                deviations += response.deviations().size();
            }
        }
        return new Totals(distributions.size(), checklists, submitted, drafts, notStarted, answers, deviations);
    }

    /** 0 for most units (seven in ten), 1 for some, 2 for the few that often leave their checklists. */
    int diligence(String unitCode) {
        int roll = (int) Math.floorMod(ScaleModel.mix(seed ^ 0x636865636bL ^ unitCode.hashCode()), 100L);
        return roll < 70 ? 0 : roll < 92 ? 1 : 2;
    }

    private static PlannedAnswer answer(int index, Question question, SplittableRandom random) {
        return switch (question.type()) {
            case "YES_NO" -> {
                int roll = random.nextInt(100);
                yield roll < 90 ? new PlannedAnswer(index, null, null, "YES", null, null)
                        : roll < 95 ? new PlannedAnswer(index, null, null, "NO", null, null)
                        : new PlannedAnswer(index, null, null, "NOT_RELEVANT", null,
                                NOT_RELEVANT_REASONS[random.nextInt(NOT_RELEVANT_REASONS.length)]);
            }
            case "CHECKBOX" -> new PlannedAnswer(index, null, random.nextInt(100) < 92, null, null, null);
            case "NUMBER" -> new PlannedAnswer(index, null, null, null,
                    BigDecimal.valueOf(random.nextInt(100) < 70 ? random.nextInt(6) : random.nextInt(41)), null);
            default -> new PlannedAnswer(index, TEXTS[random.nextInt(TEXTS.length)], null, null, null, null);
        };
    }

    /**
     * A template from lines: {@code # category}, {@code ## checkpoint}, and a question as its type (Y yes/no, C checkbox,
     * N number, T text), {@code *} if required, and its text.
     */
    private static Template template(String key, String name, String area, String periodKind, boolean inMonthlyReport,
            String description, String lines) {
        List<Category> categories = new ArrayList<>();
        List<Checkpoint> checkpoints = null;
        List<Question> questions = null;
        for (String line : lines.strip().split("\n")) {
            if (line.startsWith("## ")) {
                questions = new ArrayList<>();
                checkpoints.add(new Checkpoint(line.substring(3), questions));
            } else if (line.startsWith("# ")) {
                checkpoints = new ArrayList<>();
                categories.add(new Category(line.substring(2), checkpoints));
            } else {
                String type = switch (line.charAt(0)) {
                    case 'Y' -> "YES_NO";
                    case 'C' -> "CHECKBOX";
                    case 'N' -> "NUMBER";
                    case 'T' -> "TEXT";
                    default -> throw new IllegalArgumentException("unknown question type in: " + line);
                };
                boolean required = line.charAt(1) == '*';
                questions.add(new Question(line.substring(required ? 3 : 2), type, required));
            }
        }
        return new Template(key, name, area, description, periodKind, inMonthlyReport, categories);
    }
}
