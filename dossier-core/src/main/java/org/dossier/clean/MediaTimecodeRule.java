package org.dossier.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises the time read-out a video or audio player leaves behind: "0:00 0:02:42 0:00", "02:15 / 03:40". */
public final class MediaTimecodeRule implements LineRule {
    private static final Pattern TIMECODES =
            Pattern.compile("^(\\d{1,2}:\\d{2}(:\\d{2})?)(\\s*[/|-]?\\s*\\d{1,2}:\\d{2}(:\\d{2})?)*$");

    @Override
    public Optional<Furniture> judge(LineContext line) {
        return TIMECODES.matcher(line.text()).matches() ? Optional.of(Furniture.MEDIA) : Optional.empty();
    }

    @Override
    public String name() {
        return "media-timecodes";
    }
}
