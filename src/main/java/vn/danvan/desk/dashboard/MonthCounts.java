package vn.danvan.desk.dashboard;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import vn.danvan.desk.petition.ResolutionGroup;

/** The petitions received in one month, by the resolution group of their status today. */
public record MonthCounts(YearMonth month, Map<ResolutionGroup, Integer> byGroup) {

    public MonthCounts {
        EnumMap<ResolutionGroup, Integer> copy = new EnumMap<>(ResolutionGroup.class);
        for (ResolutionGroup group : ResolutionGroup.values()) {
            copy.put(group, byGroup.getOrDefault(group, 0));
        }
        byGroup = Map.copyOf(copy);
    }

    public int count(ResolutionGroup group) {
        return byGroup.get(group);
    }

    public int total() {
        return byGroup.values().stream().mapToInt(Integer::intValue).sum();
    }
}
