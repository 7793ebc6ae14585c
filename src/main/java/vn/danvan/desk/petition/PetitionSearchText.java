package vn.danvan.desk.petition;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * Builds the folded search columns of a petition: code, summary and (unless confidential) the petitioner's name,
 * ID number, phone and address go to {@code petition_search.search_text}; a confidential identity goes to {@code secret_search}.
 */
public record PetitionSearchText(String searchText, String secretSearch) {

    public static PetitionSearchText of(String code, String summary, boolean confidential, String name,
                                        String idNumber, String phone, String address) {
        String identity = fold(name, idNumber, phone, address);
        String open = fold(code, summary);
        if (confidential) {
            return new PetitionSearchText(open, identity.isEmpty() ? null : identity);
        }
        return new PetitionSearchText(identity.isEmpty() ? open : open + " | " + identity, null);
    }

    private static String fold(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(VietnameseText::searchKey).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" | "));
    }
}
