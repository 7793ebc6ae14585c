package vn.danvan.desk.report.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.petition.HandlingDirection;

/**
 * The summary as JSON for scripts (UTF-8, pretty-printed): one key per figure, enum codes as keys, the rates as
 * fractions rounded to four decimals (null when there is nothing to divide by). The keys are listed in the README
 * ("Period summary report"); {@code format} names this layout and changes only if a key changes meaning.
 */
final class SummaryJsonWriter {

    static final String FORMAT = "danvan-summary/1";

    void write(PeriodSummary s, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            period(json, s);
            json.writeObjectFieldStart("office");
            json.writeStringField("name", s.office().name());
            json.writeStringField("province", s.office().province());
            json.writeStringField("communeCode", s.office().communeCode());
            json.writeEndObject();
            json.writeStringField("issuedOn", s.issuedOn().toString());
            json.writeNumberField("carriedOver", s.carriedOver());
            json.writeNumberField("carriedOverClosed", s.carriedOverClosed());
            json.writeNumberField("carriedOverStillOpen", s.carriedOverStillOpen());
            json.writeNumberField("received", s.received());
            json.writeNumberField("total", s.total());
            json.writeNumberField("resolved", s.overall().resolved());
            json.writeNumberField("inProgress", s.overall().inProgress());
            json.writeNumberField("notResolved", s.overall().notResolved());
            json.writeNumberField("overdue", s.overdue());
            json.writeNumberField("handled", s.handled());
            json.writeNumberField("withinCompetence", s.withinCompetence());
            json.writeNumberField("outsideCompetence", s.outsideCompetence());
            json.writeNumberField("resolvedWithinCompetence", s.resolvedWithinCompetence());
            json.writeObjectFieldStart("rates");
            rate(json, "handling", s.handlingRate());
            rate(json, "settlement", s.settlementRate());
            json.writeEndObject();
            json.writeObjectFieldStart("handling");
            for (HandlingDirection direction : HandlingDirection.values()) {
                json.writeNumberField(direction.name(), s.direction(direction));
            }
            json.writeNumberField("closedWithoutDirection", s.closedWithoutDirection());
            json.writeNumberField("notHandled", s.overall().notResolved());
            json.writeEndObject();
            tallies(json, "byKind", s.byKind());
            tallies(json, "byChannel", s.byChannel());
            named(json, "byField", s.byField());
            named(json, "byVillage", s.byVillage());
            json.writeObjectFieldStart("bySigners");
            tally(json, "single", s.singleSigner());
            tally(json, "multiple", s.multipleSigners());
            json.writeEndObject();
            dialogues(json, s.dialogues());
            json.writeEndObject();
        }
    }

    private static void period(JsonGenerator json, PeriodSummary s) throws IOException {
        json.writeObjectFieldStart("period");
        json.writeStringField("code", s.period().code());
        json.writeStringField("kind", s.period().kind().name());
        json.writeStringField("label", Messages.of(AppLanguage.VI).get(s.period().labelKey(),
                s.period().labelArguments()));
        json.writeStringField("boundary", s.boundary().name());
        json.writeStringField("from", s.from().toString());
        json.writeStringField("to", s.to().toString());
        json.writeStringField("cutOff", s.cutOff().toString());
        json.writeBooleanField("complete", s.complete());
        json.writeEndObject();
    }

    private static void dialogues(JsonGenerator json, DialogueFigures d) throws IOException {
        json.writeObjectFieldStart("dialogues");
        json.writeNumberField("sessions", d.sessions());
        json.writeObjectFieldStart("byKind");
        for (DialogueKind kind : DialogueKind.values()) {
            json.writeNumberField(kind.name(), d.sessionsByKind().get(kind));
        }
        json.writeEndObject();
        json.writeNumberField("citizens", d.citizens());
        json.writeNumberField("opinions", d.opinions());
        json.writeNumberField("answeredOnSpot", d.answeredOnSpot());
        json.writeNumberField("followUp", d.followUp());
        json.writeEndObject();
    }

    private static <E extends Enum<E>> void tallies(JsonGenerator json, String name, Map<E, Tally> tallies)
            throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<E, Tally> e : tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            tally(json, e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void named(JsonGenerator json, String name, List<NamedTally> lines) throws IOException {
        json.writeArrayFieldStart(name);
        for (NamedTally line : lines) {
            json.writeStartObject();
            json.writeStringField("id", line.id() == null ? null : line.id().toString());
            json.writeStringField("name", line.name());
            counts(json, line.tally());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void tally(JsonGenerator json, String name, Tally tally) throws IOException {
        json.writeObjectFieldStart(name);
        counts(json, tally);
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, Tally tally) throws IOException {
        json.writeNumberField("total", tally.total());
        json.writeNumberField("carriedOver", tally.carriedOver());
        json.writeNumberField("received", tally.received());
        json.writeNumberField("resolved", tally.resolved());
        json.writeNumberField("inProgress", tally.inProgress());
        json.writeNumberField("notResolved", tally.notResolved());
    }

    private static void rate(JsonGenerator json, String name, Double rate) throws IOException {
        if (rate == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP));
        }
    }
}
