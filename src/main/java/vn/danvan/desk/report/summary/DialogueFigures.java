package vn.danvan.desk.report.summary;

import java.util.EnumMap;
import java.util.Map;
import vn.danvan.desk.dialogue.DialogueKind;

/**
 * The dialogue sessions held in the period (their date within it, voided ones never): how many of each kind, the
 * citizens attending (the head-counts recorded), the opinions raised, those answered on the spot and those that
 * became petitions to follow up.
 */
public record DialogueFigures(Map<DialogueKind, Integer> sessionsByKind, int citizens, int opinions,
                              int answeredOnSpot, int followUp) {

    public DialogueFigures {
        EnumMap<DialogueKind, Integer> all = new EnumMap<>(DialogueKind.class);
        for (DialogueKind kind : DialogueKind.values()) {
            all.put(kind, sessionsByKind.getOrDefault(kind, 0));
        }
        sessionsByKind = java.util.Collections.unmodifiableMap(all);
    }

    public int sessions() {
        return sessionsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
