package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dossier} command: one subcommand per job.
 *
 * <p>Exit codes follow the usual conventions: 0 success, 1 a problem with the input (nothing usable, unreadable
 * files), 2 a usage error (unknown option, bad value). Errors are one line on stderr; {@code --debug} adds the
 * stack trace.
 */
@Command(name = "dossier",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns the coverage of one news story by many outlets into one cited briefing.",
        subcommands = {BriefCommand.class, IngestCommand.class, StoriesCommand.class, SearchCommand.class,
                ServeCommand.class,
                EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class DossierCommand implements Runnable {

    /** Exit code when the input cannot be used. */
    public static final int EXIT_INPUT = 1;
    /** Exit code for usage errors. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'dossier brief')");
    }

    /** Runs the command line and returns the exit code, without calling {@link System#exit}. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** The configured picocli command line: UTF-8 output, one-line errors, our exit codes. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new DossierCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_INPUT);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("dossier: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof UserException user) {
                err.println("dossier: " + user.getMessage());
                if (debug(parseResult)) {
                    ex.printStackTrace(err);
                }
                return user.exitCode();
            }
            err.println("dossier: internal error: " + ex + (debug(parseResult) ? "" : " (run with --debug for details)"));
            if (debug(parseResult)) {
                ex.printStackTrace(err);
            }
            return EXIT_INPUT;
        });
        return cl;
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
