package vn.danvan.desk.petition.deadline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danvan.desk.petition.PetitionKind;

/** An immutable snapshot of the office's deadline rules, looked up by kind, step and variant. */
public final class DeadlineRules {

    private final List<DeadlineRule> all;
    private final Map<String, DeadlineRule> byKey;

    public DeadlineRules(List<DeadlineRule> rules) {
        this.all = List.copyOf(rules);
        this.byKey = all.stream().collect(Collectors.toUnmodifiableMap(
                r -> key(r.kind(), r.step(), r.variant()), Function.identity()));
    }

    public List<DeadlineRule> all() {
        return all;
    }

    /** The rule for a step, taking the most specific variant the office has defined. */
    public Optional<DeadlineRule> find(PetitionKind kind, DeadlineStep step, DeadlineVariant variant) {
        for (DeadlineVariant candidate : variant.fallbacks()) {
            DeadlineRule rule = byKey.get(key(kind, step, candidate));
            if (rule != null) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static String key(PetitionKind kind, DeadlineStep step, DeadlineVariant variant) {
        return kind + "/" + step + "/" + variant;
    }
}
