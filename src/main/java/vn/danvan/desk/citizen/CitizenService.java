package vn.danvan.desk.citizen;

import java.util.List;
import java.util.UUID;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.text.VietnameseText;

/** Finds citizens as the officer types, and validates and cleans new ones. */
public final class CitizenService {

    public static final int SUGGESTIONS = 15;

    private final CitizenRepository citizens;

    public CitizenService(CitizenRepository citizens) {
        this.citizens = citizens;
    }

    public Citizen require(UUID id) {
        return citizens.findById(id).orElseThrow(() -> new UserException("error.notFound"));
    }

    public List<Citizen> search(String text) {
        return citizens.search(text, SUGGESTIONS);
    }

    /** Validates and cleans a draft (throws the first problem); does not save it. */
    public static CitizenDraft clean(CitizenDraft draft) {
        IdPaperType paper = draft.paperType() == null ? IdPaperType.CCCD : draft.paperType();
        Problem.throwFirst(CitizenRules.name(draft.fullName()), CitizenRules.idNumber(paper, draft.idNumber()),
                CitizenRules.phone(draft.phone()), CitizenRules.address(draft.address()));
        return new CitizenDraft(VietnameseText.clean(draft.fullName()), paper,
                CitizenRules.normaliseIdNumber(draft.idNumber()), CitizenRules.normalisePhone(draft.phone()),
                draft.villageId(), VietnameseText.cleanOrNull(draft.address()));
    }

    /** Saves a draft; an ID number already on file reuses that citizen rather than creating a twin. */
    public Citizen create(CitizenDraft draft) {
        CitizenDraft clean = clean(draft);
        if (clean.idNumber() != null && clean.paperType() == IdPaperType.CCCD) {
            var existing = citizens.findByIdNumber(clean.idNumber());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        return citizens.insert(clean);
    }
}
