package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternRuleTest {
    @Test
    void splitsOnlyTopLevelBars() {
        assertEquals(List.of("^a", "b(c|d)", "[|x]", "e\\|f"), PatternRule.topLevelBranches("^a|b(c|d)|[|x]|e\\|f"));
        assertEquals(List.of("single"), PatternRule.topLevelBranches("single"));
    }

    @Test
    void anchoredBranchesOnlyMatchAtTheStartAndOthersAnywhere() {
        PatternRule rule = new PatternRule("test", Furniture.COMMENTS, "^leave a reply|comments are closed", 20);
        assertEquals(Optional.of(Furniture.COMMENTS), judge(rule, "Leave a reply to the editor"));
        assertEquals(Optional.empty(), judge(rule, "Please leave a reply below the piece"));
        assertEquals(Optional.of(Furniture.COMMENTS), judge(rule, "Sorry, comments are closed for now"));
    }

    @Test
    void theSplitAgreesWithThePlainSearch() {
        String regex = "^(show|hide) comments|\\bcan be reached at\\b|^\\(?reporting by\\b|all rights reserved";
        PatternRule rule = new PatternRule("test", Furniture.FOOTER, regex, 30);
        Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String line : List.of("Show comments", "The mayor can be reached at the town hall on Fridays.",
                "(Reporting by Ana Lind; editing by Tom Reyes)", "Before reporting by the board, all was calm.",
                "Harbour Weekly, all rights reserved", "The ferry left at noon with forty passengers aboard.")) {
            assertEquals(plain.matcher(line).find(), judge(rule, line).isPresent(), line);
        }
    }

    @Test
    void mandatoryLiteralsSkipGroupsClassesAndOptionalCharacters() {
        assertEquals("can be reached at", PatternRule.mandatoryLiteral("\\bcan be reached at\\b"));
        assertEquals("newsletter", PatternRule.mandatoryLiteral("\\bnewsletters?\\b[^!?]{0,120}\\b(sign up|inbox)\\b"));
        assertEquals(" be shown", PatternRule.mandatoryLiteral("your e-?mail( address)? (will not|won't) be shown"));
        assertEquals("your e", PatternRule.mandatoryLiteral("your e-?mail( address)? (will not|won't)"));
        assertEquals(" ferry", PatternRule.mandatoryLiteral("\\p{Lu}[\\p{L}-]+ ferry\\x{2014}"));
        assertEquals(" ", PatternRule.mandatoryLiteral("(leave|post) [a-z]{2,9}")); // too short to be used
        assertEquals(null, PatternRule.mandatoryLiteral("(?x) spaced out"));
    }

    @Test
    void linesWithoutAnyMandatoryLiteralAreNotSearchedButJudgedTheSame() {
        String regex = "^leave a reply|\\bcontributed( reporting)? to this (report|story)|comments are closed"
                + "|\\bnewsletters?\\b[^!?]{0,40}\\binbox\\b";
        PatternRule rule = new PatternRule("test", Furniture.COMMENTS, regex, 40);
        Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String line : List.of("Ana Lind CONTRIBUTED REPORTING TO THIS STORY.", "Comments Are Closed",
                "Our NEWSLETTER lands in your inbox every Friday.", "The ferry left at noon with forty passengers.",
                "Leave a reply", "Contributed photos of the harbour were shown to this reporter.",
                "Ferry news: newsletter subscribers learned of it first.")) {
            assertEquals(plain.matcher(line).find(), judge(rule, line).isPresent(), line);
        }
    }

    @Test
    void foldingComparesCaseAsTheRegularExpressionDoes() {
        assertEquals("newsletter", PatternRule.fold("NewsLetter"));
        // the long s and the Kelvin sign match "s" and "k" in a case-insensitive Unicode pattern, so they fold to them
        assertEquals("ks", PatternRule.fold("\u212A\u017F"));
    }

    @Test
    void pageLinesAreCutAsTheRegularExpressionSplitCutsThem() {
        for (String text : List.of("", "one", "one\ntwo", "one\r\ntwo\r\n", "a\rb\n\n", "\n\r\n", "x\r")) {
            assertEquals(List.of(text.split("\r?\n", -1)), List.of(ScrapedTextCleaner.lines(text)), text);
        }
    }

    @Test
    void breadcrumbsNeedTwoSpacedSeparators() {
        assertTrue(BreadcrumbRule.isBreadcrumb("Home | World | Europe"));
        assertTrue(BreadcrumbRule.isBreadcrumb("News > Politics \u00BB Elections"));
        assertFalse(BreadcrumbRule.isBreadcrumb("Home|World|Europe"));
        assertFalse(BreadcrumbRule.isBreadcrumb("The vote was 12 / 9 in favour of the ferry plan."));
    }

    @Test
    void cleanLinesComeBackUnchangedAndSpacingIsStillRepaired() {
        assertEquals("The ferry left at noon.", TextRepair.repairLine("The ferry left at noon."));
        assertEquals("The ferry left at noon.", TextRepair.repairLine("  The ferry\tleft  at noon. "));
    }

    @Test
    void gluedSentencePrecheck() {
        assertTrue(TextRepair.mayHaveGluedSentences("the ferry left port.Their crews stayed"));
        assertFalse(TextRepair.mayHaveGluedSentences("the ferry left port. Their crews stayed"));
        assertEquals("the ferry left port. Their crews stayed",
                TextRepair.repairLine("the ferry left port.Their crews stayed"));
    }

    private static Optional<Furniture> judge(PatternRule rule, String line) {
        Page page = new Page(null, List.of(line), List.of(1));
        return rule.judge(new LineContext(page, 0, null));
    }
}
