package vn.danvan.desk.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The app's style sheet parses without a single error (JavaFX only logs them, and drops the rules after one). */
class StylesheetTest {

    @Test
    void theStylesheetHasNoSyntaxError() throws Exception {
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(StylesheetTest.class.getResource("/vn/danvan/desk/common/ui/app.css"));
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(40);
    }
}
