package vn.danvan.desk.petition.deadline;

import vn.danvan.desk.audit.Changes;
import vn.danvan.desk.audit.AuditTrail;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;

/** Reads and edits the deadline rules; keeps the current snapshot for the deadline calculator. */
public final class DeadlineRuleService {

    public static final int MAX_LIMIT_DAYS = 365;

    private final DeadlineRuleRepository repository;
    private final Transactions transactions;
    private final AtomicReference<DeadlineRules> current = new AtomicReference<>();

    private final Runnable onChanged;
    private final AuditTrail audit;

    /** {@code onChanged} runs inside the change's transaction, after the new rules are in force. */
    public DeadlineRuleService(DeadlineRuleRepository repository, Transactions transactions, Runnable onChanged,
                               AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.transactions = transactions;
        this.onChanged = onChanged;
    }

    /** The rules now in force (loaded once, reloaded after each change). */
    public DeadlineRules rules() {
        DeadlineRules rules = current.get();
        if (rules == null) {
            rules = new DeadlineRules(repository.findAll());
            current.set(rules);
        }
        return rules;
    }

    public DeadlineRule update(UUID id, int limitDays, DayType dayType, String legalBasis) {
        String basis = VietnameseText.clean(legalBasis);
        Problem.throwFirst(
                limitDays < 1 || limitDays > MAX_LIMIT_DAYS
                        ? Problem.of("error.deadline.limit", MAX_LIMIT_DAYS) : Problem.none(),
                dayType == null ? Problem.of("validation.required") : Problem.none(),
                TextRules.required(basis, 500));
        try {
            transactions.run(() -> {
                DeadlineRule before = rules().all().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
                if (!repository.update(id, limitDays, dayType, basis)) {
                    throw new UserException("error.notFound");
                }
                current.set(new DeadlineRules(repository.findAll()));
                audit.record(AuditTrail.UPDATE, "DEADLINE_RULE", id, Changes.of()
                        .field("số ngày", before.limitDays(), limitDays).field("loại ngày", before.dayType(), dayType)
                        .field("căn cứ", before.legalBasis(), basis).toString());
                onChanged.run();
            });
        } catch (RuntimeException e) {
            current.set(null); // reload what the database holds
            throw e;
        }
        return rules().all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
