package org.dossier.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --debug} option every command shares. {@link DossierCommand}'s error handler looks for it to decide
 * whether to print stack traces.
 */
final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;
}
