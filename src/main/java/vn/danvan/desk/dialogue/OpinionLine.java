package vn.danvan.desk.dialogue;

import java.util.Optional;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;

/**
 * One line of the opinions grid: the opinion as it will be saved, the names shown for its village and field, the
 * code of the petition it became (null until saved as a follow-up) and what is still wrong with it.
 */
public record OpinionLine(OpinionDraft draft, NamedRef village, NamedRef field, String petitionCode,
                          Optional<Problem> problem) {
}
