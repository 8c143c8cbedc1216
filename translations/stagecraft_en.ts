<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="+243"/>
        <location line="+27"/>
        <source>Option %1 needs a value.</source>
        <extracomment>%1 = option name, e.g. --format</extracomment>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Unsupported language: %1 (use hi or en).</source>
        <extracomment>%1 = the value given to --lang</extracomment>
        <translation>Unsupported language: %1 (use hi or en).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown option: %1</source>
        <extracomment>%1 = the option as given</extracomment>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Usage: stagecraft-cli COMMAND FILE [OPTIONS]

Reads a Dockerfile (FILE, or - for standard input) and reports on it.

Commands:
  parse FILE [--format json|buildkit]
      Print the instructions as JSON, or the syntax tree as BuildKit dumps it.
  graph FILE [--format json|dot|mermaid] [--target STAGE]
             [--build-arg NAME=VALUE]...
      Print the stage graph. STAGE is a stage name or index.
  lint FILE [--format text|json|sarif] [--target STAGE]
            [--build-arg NAME=VALUE]... [--context DIR]
      Report problems in the Dockerfile. With --context, also check COPY
      sources and secret files against the build context DIR.
  print FILE
      Parse the file and print it back unchanged.
  edit FILE OPERATION [ARGUMENTS]...
      Change the Dockerfile through the edit engine
      (see stagecraft-cli edit --help).
  build FILE [--target STAGE] [--tag TAG] [--build-arg NAME=VALUE]...
             [--builder auto|buildkit|classic] [--network MODE] [--host URL]
             [--allow-secrets]
      Build the image with the Docker Engine and show the build log. The
      builder: BuildKit when the engine offers it (auto), or the one named.
      Files that look like secrets (keys, .env, credentials) and are not in
      .dockerignore stop the build, unless --allow-secrets.
  measure FILE [--context DIR] [--target STAGE] [--build-arg NAME=VALUE]...
               [--builder auto|buildkit|classic] [--network MODE]
               [--no-cache] [--format text|json|markdown|csv] [--no-history]
               [--allow-secrets] [--waste] [--min-efficiency R]
               [--max-wasted SIZE] [--budget STAGE=SIZE]...
      Build every stage and measure it: image, size, layers by Dockerfile
      line, build time (and, under BuildKit, whether it came from the cache),
      bytes per artifact arrow, and the saving. The run is kept in the
      history in FILE.stagecraft.json. --waste adds each stage&apos;s wasted
      space (as dive counts it); a broken gate (--min-efficiency,
      --max-wasted, --budget, or the sidecar&apos;s) exits with 1.
  compare A B [--format text|json|markdown|csv]
      Compare two measurements (measure --format json files, or measured
      Dockerfiles: their latest run), stage by stage.
  engine [--host URL]
      Show the Docker Engine in use: endpoint, version and API version.
  render FILE -o OUT.svg|OUT.png [--target STAGE] [--build-arg NAME=VALUE]...
      Draw the stage canvas offscreen, as on screen, for docs and slides.

Options:
  --lang hi|en   Language of the messages (default: from LC_ALL, LC_MESSAGES
                 or LANG).
  -h, --help     Show this help.
  --version      Show the version.

Exit status: 0 when all is well, 1 when errors were found (lint errors,
BuildKit would reject the file, or a build failed), 2 for a usage error, a
file that cannot be read or an engine that cannot be reached.
</source>
        <extracomment>The --help text. Keep the command names, options, FILE, STAGE, NAME=VALUE and the format names in English; align the descriptions as you like.</extracomment>
        <translation>Usage: stagecraft-cli COMMAND FILE [OPTIONS]

Reads a Dockerfile (FILE, or - for standard input) and reports on it.

Commands:
  parse FILE [--format json|buildkit]
      Print the instructions as JSON, or the syntax tree as BuildKit dumps it.
  graph FILE [--format json|dot|mermaid] [--target STAGE]
             [--build-arg NAME=VALUE]...
      Print the stage graph. STAGE is a stage name or index.
  lint FILE [--format text|json|sarif] [--target STAGE]
            [--build-arg NAME=VALUE]... [--context DIR]
      Report problems in the Dockerfile. With --context, also check COPY
      sources and secret files against the build context DIR.
  print FILE
      Parse the file and print it back unchanged.
  edit FILE OPERATION [ARGUMENTS]...
      Change the Dockerfile through the edit engine
      (see stagecraft-cli edit --help).
  build FILE [--target STAGE] [--tag TAG] [--build-arg NAME=VALUE]...
             [--builder auto|buildkit|classic] [--network MODE] [--host URL]
             [--allow-secrets]
      Build the image with the Docker Engine and show the build log. The
      builder: BuildKit when the engine offers it (auto), or the one named.
      Files that look like secrets (keys, .env, credentials) and are not in
      .dockerignore stop the build, unless --allow-secrets.
  measure FILE [--context DIR] [--target STAGE] [--build-arg NAME=VALUE]...
               [--builder auto|buildkit|classic] [--network MODE]
               [--no-cache] [--format text|json|markdown|csv] [--no-history]
               [--allow-secrets] [--waste] [--min-efficiency R]
               [--max-wasted SIZE] [--budget STAGE=SIZE]...
      Build every stage and measure it: image, size, layers by Dockerfile
      line, build time (and, under BuildKit, whether it came from the cache),
      bytes per artifact arrow, and the saving. The run is kept in the
      history in FILE.stagecraft.json. --waste adds each stage&apos;s wasted
      space (as dive counts it); a broken gate (--min-efficiency,
      --max-wasted, --budget, or the sidecar&apos;s) exits with 1.
  compare A B [--format text|json|markdown|csv]
      Compare two measurements (measure --format json files, or measured
      Dockerfiles: their latest run), stage by stage.
  engine [--host URL]
      Show the Docker Engine in use: endpoint, version and API version.
  render FILE -o OUT.svg|OUT.png [--target STAGE] [--build-arg NAME=VALUE]...
      Draw the stage canvas offscreen, as on screen, for docs and slides.

Options:
  --lang hi|en   Language of the messages (default: from LC_ALL, LC_MESSAGES
                 or LANG).
  -h, --help     Show this help.
  --version      Show the version.

Exit status: 0 when all is well, 1 when errors were found (lint errors,
BuildKit would reject the file, or a build failed), 2 for a usage error, a
file that cannot be read or an engine that cannot be reached.
</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Missing command: use parse, graph, lint, print, edit, build, measure, compare or engine.</source>
        <translation>Missing command: use parse, graph, lint, print, edit, build, measure, compare or engine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command: %1 (use parse, graph, lint, print, edit, build, measure, compare or engine).</source>
        <extracomment>%1 = the command as given</extracomment>
        <translation>Unknown command: %1 (use parse, graph, lint, print, edit, build, measure, compare or engine).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing file: give a Dockerfile path, or - for standard input.</source>
        <translation>Missing file: give a Dockerfile path, or - for standard input.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many arguments: %1</source>
        <extracomment>%1 = the first unexpected argument</extracomment>
        <translation>Too many arguments: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Option %1 cannot be used with the %2 command.</source>
        <extracomment>%1 = option name, %2 = command name</extracomment>
        <translation>Option %1 cannot be used with the %2 command.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format %1 for the %2 command (use %3).</source>
        <extracomment>%1 = the format given, %2 = command name, %3 = the accepted formats</extracomment>
        <translation>Unknown format %1 for the %2 command (use %3).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1:%2:%3: %4: %5 [%6]</source>
        <extracomment>One lint finding, GCC style. %1 = file, %2 = line, %3 = column, %4 = severity word (error/warning/note), %5 = message, %6 = code. Keep the colons and the [%6] so editors and CI tools can read it.</extracomment>
        <translation>%1:%2:%3: %4: %5 [%6]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: BuildKit would reject this file.</source>
        <extracomment>%1 = file</extracomment>
        <translation>%1: BuildKit would reject this file.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+25"/>
        <source>Unknown target stage: %1</source>
        <extracomment>%1 = the --target value as given</extracomment>
        <translation>Unknown target stage: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context directory not found: %1</source>
        <extracomment>%1 = the --context value as given</extracomment>
        <translation>Context directory not found: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot list the build context %1: a directory or its .dockerignore cannot be read, or .dockerignore is malformed.</source>
        <extracomment>%1 = the --context directory</extracomment>
        <translation>Cannot list the build context %1: a directory or its .dockerignore cannot be read, or .dockerignore is malformed.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2, %3</source>
        <extracomment>Lint summary. %1 = &quot;N error(s)&quot;, %2 = &quot;N warning(s)&quot;, %3 = &quot;N note(s)&quot;</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run &apos;stagecraft-cli --help&apos; for usage.</source>
        <translation>Run &apos;stagecraft-cli --help&apos; for usage.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../common/DiagnosticTable.cpp" line="+112"/>
        <source>Stage name &apos;%1&apos; should be lowercase.</source>
        <extracomment>%1 = stage name as written</extracomment>
        <translation>Stage name &apos;%1&apos; should be lowercase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; and &apos;%2&apos; keywords&apos; casing do not match.</source>
        <extracomment>%1 = the AS keyword as written, %2 = the FROM keyword as written</extracomment>
        <translation>&apos;%1&apos; and &apos;%2&apos; keywords&apos; casing do not match.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate stage name &apos;%1&apos;: stage names should be unique.</source>
        <extracomment>%1 = stage name</extracomment>
        <translation>Duplicate stage name &apos;%1&apos;: stage names should be unique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage name &apos;%1&apos; is reserved and should not be used.</source>
        <extracomment>%1 = reserved name (scratch, context)</extracomment>
        <translation>Stage name &apos;%1&apos; is reserved and should not be used.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>FROM argument &apos;%1&apos; is not declared.</source>
        <extracomment>%1 = ARG name used in FROM</extracomment>
        <translation>FROM argument &apos;%1&apos; is not declared.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM argument &apos;%1&apos; is not declared. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1 = ARG name used in FROM, %2 = a declared ARG with a similar name</extracomment>
        <translation>FROM argument &apos;%1&apos; is not declared. Did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Multiple %1 instructions should not be used in the same stage because only the last one is used.</source>
        <extracomment>%1 = instruction keyword (CMD, ENTRYPOINT, HEALTHCHECK)</extracomment>
        <translation>Multiple %1 instructions should not be used in the same stage because only the last one is used.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>JSON arguments are recommended for %1 to prevent unintended behavior related to OS signals.</source>
        <extracomment>%1 = instruction keyword (CMD, ENTRYPOINT)</extracomment>
        <translation>JSON arguments are recommended for %1 to prevent unintended behavior related to OS signals.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Empty continuation line: empty continuation lines will become errors in a future release.</source>
        <translation>Empty continuation line: empty continuation lines will become errors in a future release.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>MAINTAINER is deprecated: use LABEL maintainer=… instead.</source>
        <translation>MAINTAINER is deprecated: use LABEL maintainer=… instead.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Use &quot;%1 key=value&quot; instead of the legacy &quot;%1 key value&quot; format.</source>
        <extracomment>%1 = instruction keyword (ENV, LABEL)</extracomment>
        <translation>Use &quot;%1 key=value&quot; instead of the legacy &quot;%1 key value&quot; format.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Relative WORKDIR &apos;%1&apos; can give unexpected results if the base image changes.</source>
        <extracomment>%1 = the WORKDIR path</extracomment>
        <translation>Relative WORKDIR &apos;%1&apos; can give unexpected results if the base image changes.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The Dockerfile is empty.</source>
        <translation>The Dockerfile is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dockerfile has no instructions, only comments or blank lines.</source>
        <translation>The Dockerfile has no instructions, only comments or blank lines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a value: write %1 name=value.</source>
        <extracomment>%1 = ENV or LABEL</extracomment>
        <translation>%1 needs a value: write %1 name=value.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Heredoc &apos;%1&apos; has no terminator line.</source>
        <extracomment>%1 = heredoc delimiter</extracomment>
        <translation>Heredoc &apos;%1&apos; has no terminator line.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The &apos;%1&apos; parser directive may only be given once.</source>
        <extracomment>%1 = directive name (escape, syntax, check)</extracomment>
        <translation>The &apos;%1&apos; parser directive may only be given once.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The protocol in EXPOSE &apos;%1&apos; should be lowercase.</source>
        <extracomment>%1 = the EXPOSE port specification (e.g. 80/TCP)</extracomment>
        <translation>The protocol in EXPOSE &apos;%1&apos; should be lowercase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXPOSE should not define an IP address or a host-port mapping, found &apos;%1&apos;.</source>
        <extracomment>%1 = the EXPOSE port specification (e.g. 127.0.0.1:80:80)</extracomment>
        <translation>EXPOSE should not define an IP address or a host-port mapping, found &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Setting the platform to the predefined %1 in FROM is redundant: this is the default.</source>
        <extracomment>%1 = the platform value (e.g. $TARGETPLATFORM)</extracomment>
        <translation>Setting the platform to the predefined %1 in FROM is redundant: this is the default.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FROM --platform should not use the constant value &apos;%1&apos;.</source>
        <extracomment>%1 = the platform value (e.g. linux/amd64)</extracomment>
        <translation>FROM --platform should not use the constant value &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not use ARG or ENV instructions for sensitive data (%1 &apos;%2&apos;).</source>
        <extracomment>%1 = instruction keyword (ARG or ENV), %2 = the variable name</extracomment>
        <translation>Do not use ARG or ENV instructions for sensitive data (%1 &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Usage of undefined variable &apos;$%1&apos;.</source>
        <extracomment>%1 = variable name (without $)</extracomment>
        <translation>Usage of undefined variable &apos;$%1&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage of undefined variable &apos;$%1&apos;. Did you mean &apos;$%2&apos;?</source>
        <extracomment>%1 = variable name (without $), %2 = a defined variable with a similar name</extracomment>
        <translation>Usage of undefined variable &apos;$%1&apos;. Did you mean &apos;$%2&apos;?</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Stage &apos;%1&apos; is not needed to build the target.</source>
        <extracomment>%1 = stage name, or its index when it has no name</extracomment>
        <translation>Stage &apos;%1&apos; is not needed to build the target.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Cannot find &apos;=&apos; in &apos;%1&apos;: it must have the form name=value.</source>
        <extracomment>%1 = the word without &apos;=&apos;</extracomment>
        <translation>Cannot find &apos;=&apos; in &apos;%1&apos;: it must have the form name=value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON array may only contain strings.</source>
        <translation>The JSON array may only contain strings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid escape character &apos;%1&apos;: use \ or `.</source>
        <extracomment>%1 = the escape value found</extracomment>
        <translation>Invalid escape character &apos;%1&apos;: use \ or `.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The line is longer than the maximum of %1 bytes.</source>
        <extracomment>%1 = the maximum line length in bytes (65535)</extracomment>
        <translation>The line is longer than the maximum of %1 bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown instruction: %1.</source>
        <extracomment>%1 = the unknown keyword as written</extracomment>
        <translation>Unknown instruction: %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The text is not valid UTF-8.</source>
        <translation>The text is not valid UTF-8.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Dockerfile has no FROM instruction, so there is no stage to build.</source>
        <translation>The Dockerfile has no FROM instruction, so there is no stage to build.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot come before the first FROM: only ARG can.</source>
        <extracomment>%1 = instruction keyword as written</extracomment>
        <translation>%1 cannot come before the first FROM: only ARG can.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM takes an image and optionally AS and a stage name, but has %1 arguments.</source>
        <extracomment>%1 = the number of arguments FROM has</extracomment>
        <translation>FROM takes an image and optionally AS and a stage name, but has %1 arguments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid stage name &apos;%1&apos;: it must start with a letter and contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <extracomment>%1 = stage name as written</extracomment>
        <translation>Invalid stage name &apos;%1&apos;: it must start with a letter and contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stage is named &apos;%1&apos;, so it is used as an image.</source>
        <extracomment>%1 = the reference as written (COPY --from, RUN --mount from=, FROM)</extracomment>
        <translation>No stage is named &apos;%1&apos;, so it is used as an image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stage is named &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1 = the reference as written, %2 = the stage name it probably means</extracomment>
        <translation>No stage is named &apos;%1&apos;. Did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; refers to stage &apos;%2&apos;, which is defined later in the file.</source>
        <extracomment>%1 = the reference as written, %2 = the later stage&apos;s name or index</extracomment>
        <translation>&apos;%1&apos; refers to stage &apos;%2&apos;, which is defined later in the file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage &apos;%1&apos; copies or mounts from itself.</source>
        <extracomment>%1 = the reference as written</extracomment>
        <translation>Stage &apos;%1&apos; copies or mounts from itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages &apos;%1&apos; and &apos;%2&apos; depend on each other in a cycle.</source>
        <extracomment>%1 and %2 = the two stages (name or index) that depend on each other</extracomment>
        <translation>Stages &apos;%1&apos; and &apos;%2&apos; depend on each other in a cycle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage index %1 is out of range (number of stages: %2).</source>
        <extracomment>%1 = the numeric reference as written, %2 = the number of stages in the file</extracomment>
        <translation>Stage index %1 is out of range (number of stages: %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Instruction &apos;%1&apos; should match the case of the other instructions (%2).</source>
        <extracomment>%1 = instruction keyword as written, %2 = &quot;lowercase&quot; or &quot;uppercase&quot; (translated separately)</extracomment>
        <translation>Instruction &apos;%1&apos; should match the case of the other instructions (%2).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The default ARG values in &apos;%1&apos; give an empty or invalid base image name.</source>
        <extracomment>%1 = the base image reference as written (e.g. ${BASE})</extracomment>
        <translation>The default ARG values in &apos;%1&apos; give an empty or invalid base image name.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The final stage copies the whole build context (&apos;%1&apos;) although stage &apos;%2&apos; already builds from it: copy only what the app needs to run.</source>
        <extracomment>%1 = the COPY source as written (&quot;.&quot;, &quot;./&quot;, &quot;*&quot;), %2 = the builder stage&apos;s name or index</extracomment>
        <translation>The final stage copies the whole build context (&apos;%1&apos;) although stage &apos;%2&apos; already builds from it: copy only what the app needs to run.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The final stage is based on &apos;%1&apos;, a full SDK image, although the build happens in stage &apos;%2&apos;: use a smaller runtime image such as %3.</source>
        <extracomment>%1 = the base image as written, %2 = the builder stage&apos;s name or index, %3 = suggested runtime images (image references, not translated)</extracomment>
        <translation>The final stage is based on &apos;%1&apos;, a full SDK image, although the build happens in stage &apos;%2&apos;: use a smaller runtime image such as %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The final stage copies &apos;%1&apos; (%2): the app does not need it to run.</source>
        <extracomment>%1 = the COPY source as written, %2 = what it is (translated separately: the Git history, a cache, …)</extracomment>
        <translation>The final stage copies &apos;%1&apos; (%2): the app does not need it to run.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>COPY &apos;%1&apos; brings files that look secret into the image: %2. List them in .dockerignore.</source>
        <extracomment>%1 = the COPY source as written, %2 = the files that look secret (paths, comma-separated)</extracomment>
        <translation>COPY &apos;%1&apos; brings files that look secret into the image: %2. List them in .dockerignore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not in the build context.</source>
        <extracomment>%1 = the COPY source as written</extracomment>
        <translation>&apos;%1&apos; is not in the build context.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not in the build context. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1 = the COPY source as written, %2 = an existing path with a similar name</extracomment>
        <translation>&apos;%1&apos; is not in the build context. Did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is excluded by .dockerignore, so the build cannot copy it.</source>
        <extracomment>%1 = the COPY source as written</extracomment>
        <translation>&apos;%1&apos; is excluded by .dockerignore, so the build cannot copy it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base image &apos;%1&apos; follows &apos;latest&apos;, so a rebuild can change it without notice: pin a version tag.</source>
        <extracomment>%1 = the base image as written (without a tag, or with :latest)</extracomment>
        <translation>Base image &apos;%1&apos; follows &apos;latest&apos;, so a rebuild can change it without notice: pin a version tag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base image &apos;%1&apos; is deprecated and gets no updates: use &apos;%2&apos; instead.</source>
        <extracomment>%1 = the base image as written, %2 = the image that replaces it (e.g. eclipse-temurin)</extracomment>
        <translation>Base image &apos;%1&apos; is deprecated and gets no updates: use &apos;%2&apos; instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lowercase</source>
        <translation>lowercase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uppercase</source>
        <translation>uppercase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Git history</source>
        <translation>the Git history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node_modules from the build context, installed for your computer</source>
        <translation>node_modules from the build context, installed for your computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>node_modules, which a static web server never uses</source>
        <translation>node_modules, which a static web server never uses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a package or build cache</source>
        <translation>a package or build cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a build toolchain</source>
        <translation>a build toolchain</translation>
    </message>
    <message>
        <location filename="../common/DiagnosticMessages.cpp" line="+16"/>
        <source>Make the stage name lowercase</source>
        <translation>Make the stage name lowercase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match the casing of AS to FROM</source>
        <translation>Match the casing of AS to FROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match the casing of the other instructions</source>
        <translation>Match the casing of the other instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the JSON form</source>
        <translation>Use the JSON form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the empty continuation lines</source>
        <translation>Remove the empty continuation lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with LABEL maintainer</source>
        <translation>Replace with LABEL maintainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the key=value format</source>
        <translation>Use the key=value format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the protocol lowercase</source>
        <translation>Make the protocol lowercase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the --platform flag</source>
        <translation>Remove the --platform flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested ARG name</source>
        <translation>Use the suggested ARG name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested variable name</source>
        <translation>Use the suggested variable name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested stage name</source>
        <translation>Use the suggested stage name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rename the stage</source>
        <translation>Rename the stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stage</source>
        <translation>Remove the stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the path absolute</source>
        <translation>Make the path absolute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the runtime image</source>
        <translation>Use the runtime image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not copy it</source>
        <translation>Do not copy it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested path</source>
        <translation>Use the suggested path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the maintained image</source>
        <translation>Use the maintained image</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The builder stage already has the sources. Copying the whole context again puts source code, tests and stray files into the image you ship. Copy the built artifact, or only the files the app reads when it runs.</source>
        <translation>The builder stage already has the sources. Copying the whole context again puts source code, tests and stray files into the image you ship. Copy the built artifact, or only the files the app reads when it runs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SDK image carries compilers, package managers and headers that only the build needs. The final stage only runs the artifact, so a runtime image (slim, alpine, distroless, a JRE, nginx, or scratch for a static binary) is often hundreds of megabytes smaller.</source>
        <translation>An SDK image carries compilers, package managers and headers that only the build needs. The final stage only runs the artifact, so a runtime image (slim, alpine, distroless, a JRE, nginx, or scratch for a static binary) is often hundreds of megabytes smaller.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Git history, dependency caches, node_modules from your computer and toolchains make the image bigger and can leak information. Keep them in the builder stage and copy only the result.</source>
        <translation>Git history, dependency caches, node_modules from your computer and toolchains make the image bigger and can leak information. Keep them in the builder stage and copy only the result.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COPY of a folder takes every file in it. A key, .env file or credential copied into a layer stays in the image even when a later step deletes it. Exclude such files in .dockerignore and pass secrets to the build with RUN --mount=type=secret.</source>
        <translation>COPY of a folder takes every file in it. A key, .env file or credential copied into a layer stays in the image even when a later step deletes it. Exclude such files in .dockerignore and pass secrets to the build with RUN --mount=type=secret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>COPY reads from the build context, the folder sent to Docker. A path that is not there makes the build fail.</source>
        <translation>COPY reads from the build context, the folder sent to Docker. A path that is not there makes the build fail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files that .dockerignore excludes are not sent to Docker, so COPY cannot find them. Remove the matching pattern, or copy something else.</source>
        <translation>Files that .dockerignore excludes are not sent to Docker, so COPY cannot find them. Remove the matching pattern, or copy something else.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;latest&apos; moves whenever the publisher releases a new version, so the same Dockerfile can build a different image tomorrow. A version tag (alpine:3.20) or a digest keeps builds repeatable.</source>
        <translation>&apos;latest&apos; moves whenever the publisher releases a new version, so the same Dockerfile can build a different image tomorrow. A version tag (alpine:3.20) or a digest keeps builds repeatable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deprecated image gets no more security updates. Its publisher names a maintained successor.</source>
        <translation>A deprecated image gets no more security updates. Its publisher names a maintained successor.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: %2</source>
        <extracomment>Message for a diagnostic code the table does not know: %1 = code, %2 = its arguments</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Apply the suggested fix</source>
        <translation>Apply the suggested fix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <extracomment>Severity word in &quot;file:line:column: error: message&quot; output</extracomment>
        <translation>error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning</source>
        <extracomment>Severity word in &quot;file:line:column: warning: message&quot; output</extracomment>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note</source>
        <extracomment>Severity word in &quot;file:line:column: note: message&quot; output</extracomment>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../cli/DiffCommand.cpp" line="+76"/>
        <source>%1 needs a whole number (--limit 0 shows every change, --depth is 1 or more), not &quot;%2&quot;.</source>
        <extracomment>%1 = option, %2 = the value given</extracomment>
        <translation>%1 needs a whole number (--limit 0 shows every change, --depth is 1 or more), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>diff needs two images: stagecraft-cli diff A B (each an image name or ID, or a measured Dockerfile).</source>
        <translation>diff needs two images: stagecraft-cli diff A B (each an image name or ID, or a measured Dockerfile).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown format %1 (use %2).</source>
        <extracomment>%1 = the format given, %2 = the accepted formats</extracomment>
        <translation>Unknown format %1 (use %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--stage-a and --stage-b need a measured Dockerfile or a measurement, and %1 is no file.</source>
        <extracomment>%1 = the argument that is no file</extracomment>
        <translation>--stage-a and --stage-b need a measured Dockerfile or a measurement, and %1 is no file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%2 has no stage %1 (use a stage name, #index or final).</source>
        <extracomment>%1 = stage, %2 = file</extracomment>
        <translation>%2 has no stage %1 (use a stage name, #index or final).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 of %2 was not built in its latest measurement.</source>
        <translation>Stage %1 of %2 was not built in its latest measurement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (stage %2)</source>
        <extracomment>A side of a diff: %1 = file, %2 = stage</extracomment>
        <translation>%1 (stage %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the files of %1: %2</source>
        <extracomment>%1 = image, %2 = the engine&apos;s problem</extracomment>
        <translation>Cannot read the files of %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n file(s), %1</source>
        <extracomment>%n = number of files, %1 = their size</extracomment>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A: %1, %2</source>
        <extracomment>%1 = image A (before), %2 = its files and bytes</extracomment>
        <translation>A: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1, %2</source>
        <translation>B: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone: %1. New: %2. Changed: %3 (%4).</source>
        <extracomment>%1 = files and bytes gone, %2 = new, %3 = changed, %4 = the size of the change</extracomment>
        <translation>Gone: %1. New: %2. Changed: %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unchanged: %n path(s), %1 of them with another modification time only.</source>
        <extracomment>%n = paths in both images that are the same; %1 = those with only a new mtime</extracomment>
        <translation>
            <numerusform>Unchanged: %n path, %1 of them with another modification time only.</numerusform>
            <numerusform>Unchanged: %n paths, %1 of them with another modification time only.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gone %1</source>
        <extracomment>Directory roll-up: %1 = files and bytes gone</extracomment>
        <translation>gone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new %1</source>
        <translation>new %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>changed %n file(s) (%1)</source>
        <extracomment>Directory roll-up: %n = changed files, %1 = signed size change</extracomment>
        <translation>
            <numerusform>changed %n file (%1)</numerusform>
            <numerusform>changed %n files (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File differences:
  diff A B [--stage-a STAGE] [--stage-b STAGE] [--format text|json|markdown]
           [--limit N] [--depth N] [--mtime] [--host URL]
      Compare the files of two images (names or IDs, or measured
      Dockerfiles: their final stage, or the one named): what is gone, new
      or changed, biggest first (--limit 0 lists all), and the sums per
      directory N levels deep (--depth, default 2).
</source>
        <extracomment>Appended to the --help text. Keep the command name, the options, A, B, STAGE, N, URL and the format names in English.</extracomment>
        <translation>File differences:
  diff A B [--stage-a STAGE] [--stage-b STAGE] [--format text|json|markdown]
           [--limit N] [--depth N] [--mtime] [--host URL]
      Compare the files of two images (names or IDs, or measured
      Dockerfiles: their final stage, or the one named): what is gone, new
      or changed, biggest first (--limit 0 lists all), and the sums per
      directory N levels deep (--depth, default 2).
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gone</source>
        <extracomment>A file in image A that image B lacks</extracomment>
        <translation>gone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <extracomment>A file in image B that image A lacks</extracomment>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type %1 → %2</source>
        <extracomment>%1 → %2 = file types (file, directory, symlink…), kept in English</extracomment>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode %1 → %2</source>
        <extracomment>Permission bits: %1 → %2 (octal)</extracomment>
        <translation>mode %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 → %2</source>
        <extracomment>A link&apos;s target: %1 → %2</extracomment>
        <translation>link %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modification time</source>
        <translation>modification time</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Biggest differences:</source>
        <translation>Biggest differences:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+33"/>
        <source>…and %n more (--limit 0 shows all).</source>
        <extracomment>%n = changes not shown</extracomment>
        <translation>
            <numerusform>…and %n more (--limit 0 shows all).</numerusform>
            <numerusform>…and %n more (--limit 0 shows all).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>By directory:</source>
        <translation>By directory:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File differences</source>
        <translation>File differences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Biggest differences</source>
        <translation>Biggest differences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By directory</source>
        <translation>By directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the files of %1…</source>
        <extracomment>Progress on standard error: %1 = image</extracomment>
        <translation>Reading the files of %1…</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../cli/EditCommand.cpp" line="+49"/>
        <source>Usage: stagecraft-cli edit FILE OPERATION [ARGUMENTS] [--in-place] [--diff]

Applies one change through the edit engine: only the text the change needs is
replaced; comments, formatting and line ends elsewhere stay as they are.
A stage is named by its name or its 0-based index; an instruction by its line.

Operations:
  add-stage IMAGE [--name N] [--platform P] [--after S | --before S]
  remove-stage S [--cascade]
  rename-stage S NEW
  move-stage S --after S2 | --before S2
  set-base S IMAGE
  set-platform S [PLATFORM]
  add-copy FROM TO DEST SRC... [--chown U] [--chmod M] [--link]
  remove-copy TO LINE [--source PATH]
  retarget-copy LINE [--from S] [--to S]
  add-instruction S TEXT [--index N]
  remove-instruction LINE
  move-instruction LINE INDEX
  edit-instruction LINE TEXT
  duplicate-stage S NEW
  --json &apos;{&quot;op&quot;: &quot;rename-stage&quot;, ...}&apos;  (the same operations as JSON)

Output: the new text on standard output; --diff prints a unified diff instead;
--in-place writes the file atomically.
Exit status: 0 done, 1 the change was refused (the reason is printed, nothing is
written), 2 usage or input error.
</source>
        <translation>Usage: stagecraft-cli edit FILE OPERATION [ARGUMENTS] [--in-place] [--diff]

Applies one change through the edit engine: only the text the change needs is
replaced; comments, formatting and line ends elsewhere stay as they are.
A stage is named by its name or its 0-based index; an instruction by its line.

Operations:
  add-stage IMAGE [--name N] [--platform P] [--after S | --before S]
  remove-stage S [--cascade]
  rename-stage S NEW
  move-stage S --after S2 | --before S2
  set-base S IMAGE
  set-platform S [PLATFORM]
  add-copy FROM TO DEST SRC... [--chown U] [--chmod M] [--link]
  remove-copy TO LINE [--source PATH]
  retarget-copy LINE [--from S] [--to S]
  add-instruction S TEXT [--index N]
  remove-instruction LINE
  move-instruction LINE INDEX
  edit-instruction LINE TEXT
  duplicate-stage S NEW
  --json &apos;{&quot;op&quot;: &quot;rename-stage&quot;, ...}&apos;  (the same operations as JSON)

Output: the new text on standard output; --diff prints a unified diff instead;
--in-place writes the file atomically.
Exit status: 0 done, 1 the change was refused (the reason is printed, nothing is
written), 2 usage or input error.
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Run &apos;stagecraft-cli edit --help&apos; for usage.</source>
        <translation>Run &apos;stagecraft-cli edit --help&apos; for usage.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 needs at least %n argument(s).</source>
        <extracomment>%1 = operation name, %2 = how many arguments it needs at least</extracomment>
        <translation>
            <numerusform>%1 needs at least %n argument.</numerusform>
            <numerusform>%1 needs at least %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+228"/>
        <source>Too many arguments: %1</source>
        <extracomment>%1 = the first unexpected argument</extracomment>
        <translation>Too many arguments: %1</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>&quot;%1&quot; is not a line number.</source>
        <extracomment>%1 = what was given as a line number</extracomment>
        <translation>&quot;%1&quot; is not a line number.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give --after or --before, not both.</source>
        <translation>Give --after or --before, not both.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>move-stage needs exactly one of --after or --before.</source>
        <translation>move-stage needs exactly one of --after or --before.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>retarget-copy needs --from, --to or both.</source>
        <translation>retarget-copy needs --from, --to or both.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>&quot;%1&quot; is not a position (0 is right after FROM).</source>
        <translation>&quot;%1&quot; is not a position (0 is right after FROM).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown operation: %1</source>
        <extracomment>%1 = the operation as given</extracomment>
        <translation>Unknown operation: %1</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Option %1 needs a value.</source>
        <extracomment>%1 = option name</extracomment>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown option: %1</source>
        <extracomment>%1 = the option as given</extracomment>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing file: give a Dockerfile path, or - for standard input.</source>
        <translation>Missing file: give a Dockerfile path, or - for standard input.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--in-place needs a file, not standard input.</source>
        <translation>--in-place needs a file, not standard input.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid JSON operation: %1</source>
        <extracomment>%1 = what is wrong with the JSON operation</extracomment>
        <translation>Invalid JSON operation: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing operation: see &apos;stagecraft-cli edit --help&apos;.</source>
        <translation>Missing operation: see &apos;stagecraft-cli edit --help&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <extracomment>%1 = file, %2 = the system&apos;s reason</extracomment>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>EditMessages</name>
    <message>
        <location filename="../common/EditMessages.cpp" line="+18"/>
        <source>&quot;%1&quot; is not an image reference: give a name like alpine:3.20 without spaces.</source>
        <extracomment>%1 = what was given as an image reference</extracomment>
        <translation>&quot;%1&quot; is not an image reference: give a name like alpine:3.20 without spaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid stage name: start with a letter, then use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; is not a valid stage name: start with a letter, then use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is reserved by Docker and cannot name a stage.</source>
        <translation>&quot;%1&quot; is reserved by Docker and cannot name a stage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another stage is already named &quot;%1&quot; (stage names ignore case).</source>
        <translation>Another stage is already named &quot;%1&quot; (stage names ignore case).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no stage &quot;%1&quot;: give a stage name or its 0-based index.</source>
        <translation>There is no stage &quot;%1&quot;: give a stage name or its 0-based index.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the stage goes: --before STAGE or --after STAGE.</source>
        <translation>Say where the stage goes: --before STAGE or --after STAGE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 uses stage %2 (line %3); after this move it would come first, which is not allowed.</source>
        <extracomment>%1 = stage that uses %2; %3 = line number</extracomment>
        <translation>Stage %1 uses stage %2 (line %3); after this move it would come first, which is not allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %2 is built on stage %1 (FROM %1): change its base first, or remove it without --cascade.</source>
        <translation>Stage %2 is built on stage %1 (FROM %1): change its base first, or remove it without --cascade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stage cannot use itself (%1).</source>
        <translation>A stage cannot use itself (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %2 cannot use %1: a stage can only use stages written before it.</source>
        <translation>Stage %2 cannot use %1: a stage can only use stages written before it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a platform: use a value like linux/amd64.</source>
        <translation>&quot;%1&quot; is not a platform: use a value like linux/amd64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one source path to copy.</source>
        <translation>Give at least one source path to copy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the destination path to copy to.</source>
        <translation>Give the destination path to copy to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instruction starts at line %1.</source>
        <translation>No instruction starts at line %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instruction of stage %2 starts at line %1.</source>
        <translation>No instruction of stage %2 starts at line %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruction at line %1 is not a COPY --from or ADD --from.</source>
        <translation>The instruction at line %1 is not a COPY --from or ADD --from.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruction at line %2 does not copy &quot;%1&quot;.</source>
        <translation>The instruction at line %2 does not copy &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not one Dockerfile instruction.</source>
        <translation>&quot;%1&quot; is not one Dockerfile instruction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A FROM line starts a new stage: add a stage instead.</source>
        <translation>A FROM line starts a new stage: add a stage instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line of a stage must stay a FROM instruction.</source>
        <translation>The first line of a stage must stay a FROM instruction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 is a stage&apos;s FROM: remove the stage instead.</source>
        <translation>Line %1 is a stage&apos;s FROM: remove the stage instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruction at line %1 cannot be moved inside its stage.</source>
        <translation>The instruction at line %1 cannot be moved inside its stage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change overlaps itself and was not applied.</source>
        <translation>This change overlaps itself and was not applied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change was refused (%1).</source>
        <extracomment>%1 = an internal refusal code</extracomment>
        <translation>The change was refused (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An operation must be a JSON object.</source>
        <translation>An operation must be a JSON object.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <extracomment>%1 = the name of a JSON field (&quot;name&quot;, &quot;stage&quot;, &quot;op&quot;)</extracomment>
        <translation>The field &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be a string.</source>
        <translation>The field &quot;%1&quot; must be a string.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>The field &quot;%1&quot; must be a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>The field &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be a list of strings.</source>
        <translation>The field &quot;%1&quot; must be a list of strings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no operation &quot;%1&quot;: see &apos;stagecraft-cli edit --help&apos;.</source>
        <extracomment>%1 = the operation name given in the JSON</extracomment>
        <translation>There is no operation &quot;%1&quot;: see &apos;stagecraft-cli edit --help&apos;.</translation>
    </message>
</context>
<context>
    <name>EngineCli</name>
    <message>
        <location filename="../cli/DiffCommand.cpp" line="-321"/>
        <location filename="../cli/EngineCli.cpp" line="+48"/>
        <location line="+55"/>
        <location filename="../cli/MeasureCommand.cpp" line="+212"/>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../cli/EngineCli.cpp" line="-51"/>
        <location line="+96"/>
        <location filename="../cli/MeasureCommand.cpp" line="+7"/>
        <source>Unknown option for %1: %2</source>
        <translation>Unknown option for %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/EngineCli.cpp" line="-92"/>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engine: %1 %2</source>
        <translation>Engine: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API version: %1 (engine %2, Stagecraft %3)</source>
        <translation>API version: %1 (engine %2, Stagecraft %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OS/Arch: %1/%2</source>
        <translation>OS/Arch: %1/%2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Unknown builder %1: use auto, buildkit or classic.</source>
        <extracomment>%1 = the value given; auto, buildkit, classic are literal option values</extracomment>
        <translation>Unknown builder %1: use auto, buildkit or classic.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option %1 expects NAME=VALUE.</source>
        <translation>Option %1 expects NAME=VALUE.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing the Dockerfile: stagecraft-cli %1 FILE [--context DIR]</source>
        <extracomment>%1 = command name (build, measure)</extracomment>
        <translation>Missing the Dockerfile: stagecraft-cli %1 FILE [--context DIR]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The build context %1 is not a directory.</source>
        <translation>The build context %1 is not a directory.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The build context has %n file(s) that look like secrets and are not excluded by .dockerignore: %1. Nothing was sent. Add them to .dockerignore, or build with --allow-secrets to send them anyway.</source>
        <extracomment>%n = number of files, %1 = their paths, comma-separated</extracomment>
        <translation>
            <numerusform>The build context has %n file that looks like a secret and is not excluded by .dockerignore: %1. Nothing was sent. Add it to .dockerignore, or build with --allow-secrets to send it anyway.</numerusform>
            <numerusform>The build context has %n files that look like secrets and are not excluded by .dockerignore: %1. Nothing was sent. Add them to .dockerignore, or build with --allow-secrets to send them anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Builder: %1</source>
        <extracomment>%1 = &quot;buildkit&quot; or &quot;classic&quot;</extracomment>
        <translation>Builder: %1</translation>
    </message>
    <message>
        <location filename="../cli/MeasureGates.cpp" line="+126"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../common/EngineMessages.cpp" line="+28"/>
        <source>The Docker endpoint “%1” is not valid. Check DOCKER_HOST or the docker context.</source>
        <translation>The Docker endpoint “%1” is not valid. Check DOCKER_HOST or the docker context.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Docker engine is not running at %1. Start Docker (for example “sudo systemctl start docker”) and try again.</source>
        <translation>The Docker engine is not running at %1. Start Docker (for example “sudo systemctl start docker”) and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied on the Docker socket %1. Add yourself to the “docker” group (then log in again), or use the rootless Docker socket.</source>
        <extracomment>%1 is a socket path. &quot;docker&quot; is the Unix group name.</extracomment>
        <translation>Permission denied on the Docker socket %1. Add yourself to the “docker” group (then log in again), or use the rootless Docker socket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the Docker engine: %1</source>
        <translation>Could not connect to the Docker engine: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine at %1 did not accept the connection in time.</source>
        <translation>The Docker engine at %1 did not accept the connection in time.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The Docker endpoint “%1” is not supported. Use a unix://, tcp://, npipe:// or ssh:// endpoint.</source>
        <translation>The Docker endpoint “%1” is not supported. Use a unix://, tcp://, npipe:// or ssh:// endpoint.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Docker engine stopped answering (no data for %1 seconds). It may be hung or overloaded: check it with “docker info”, restart it if needed (for example “sudo systemctl restart docker”), then try again.</source>
        <translation>The Docker engine stopped answering (no data for %1 seconds). It may be hung or overloaded: check it with “docker info”, restart it if needed (for example “sudo systemctl restart docker”), then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS connection to the Docker engine failed: %1. Check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.</source>
        <translation>The TLS connection to the Docker engine failed: %1. Check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the Docker engine was lost before the reply was complete.</source>
        <translation>The connection to the Docker engine was lost before the reply was complete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine sent a reply that is not valid HTTP (%1). Is the endpoint really a Docker engine?</source>
        <translation>The Docker engine sent a reply that is not valid HTTP (%1). Is the endpoint really a Docker engine?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine speaks API version %1, but Stagecraft needs at least %2. Update Docker.</source>
        <translation>The Docker engine speaks API version %1, but Stagecraft needs at least %2. Update Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine refused the request (HTTP %1): %2</source>
        <translation>The Docker engine refused the request (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The build failed at step %1 (Dockerfile line %2: %3): %4</source>
        <extracomment>%1 step number, %2 Dockerfile line, %3 instruction, %4 engine&apos;s message</extracomment>
        <translation>The build failed at step %1 (Dockerfile line %2: %3): %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The build failed at step %1 (%2): %3</source>
        <translation>The build failed at step %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>The build failed: %1</source>
        <translation>The build failed: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not read the build context: %1</source>
        <translation>Could not read the build context: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dockerfile has no FROM instruction.</source>
        <translation>The Dockerfile has no FROM instruction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown target stage: %1</source>
        <translation>Unknown target stage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no local image “%1”. Build the stage first, or pick an image from the list.</source>
        <translation>There is no local image “%1”. Build the stage first, or pick an image from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine created no container for %1.</source>
        <translation>The engine created no container for %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The temporary container %1 could not be removed: %2</source>
        <extracomment>%1 = container ID, %2 = the engine&apos;s message</extracomment>
        <translation>The temporary container %1 could not be removed: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine sent an archive that could not be read: %1</source>
        <translation>The engine sent an archive that could not be read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base image could not be read: %1</source>
        <translation>The base image could not be read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 = file, %2 = system message</extracomment>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 = file, %2 = system message</extracomment>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+171"/>
        <source>%1: %2</source>
        <extracomment>%1 = JSON path of the bad field (e.g. stages[1].size), %2 = what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&quot;measurements&quot; in %1 is not an array; the measurement was not saved.</source>
        <translation>&quot;measurements&quot; in %1 is not an array; the measurement was not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a valid sidecar (not a JSON object); the measurement was not saved. Fix or move the file and measure again.</source>
        <extracomment>%1 = file</extracomment>
        <translation>%1 is not a valid sidecar (not a JSON object); the measurement was not saved. Fix or move the file and measure again.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Docker engine sent BuildKit progress that cannot be read (%1); the build was stopped. Try again, or build with the classic builder.</source>
        <extracomment>%1 = what is wrong (technical, English)</extracomment>
        <translation>The Docker engine sent BuildKit progress that cannot be read (%1); the build was stopped. Try again, or build with the classic builder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This engine offers no BuildKit builder (API %1; BuildKit needs Docker 18.09 or later). Choose the classic builder or &quot;auto&quot;.</source>
        <extracomment>%1 = the engine&apos;s API version</extracomment>
        <translation>This engine offers no BuildKit builder (API %1; BuildKit needs Docker 18.09 or later). Choose the classic builder or &quot;auto&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Docker engine did not open a BuildKit session (%1); the build context is sent whole as an archive instead, which is slower on rebuilds.</source>
        <extracomment>%1 = what the engine answered (technical, English)</extracomment>
        <translation>The Docker engine did not open a BuildKit session (%1); the build context is sent whole as an archive instead, which is slower on rebuilds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The BuildKit session broke while the Docker engine was reading the build context (%1); the build was stopped. Try again.</source>
        <extracomment>%1 = what happened (technical, English)</extracomment>
        <translation>The BuildKit session broke while the Docker engine was reading the build context (%1); the build was stopped. Try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker endpoint %1 needs the “ssh” program, which was not found. Install OpenSSH (for example “sudo apt install openssh-client”).</source>
        <translation>The Docker endpoint %1 needs the “ssh” program, which was not found. Install OpenSSH (for example “sudo apt install openssh-client”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH does not know the host key of %1, and Stagecraft never asks. Trust it once: run “ssh %1” in a terminal, check the key&apos;s fingerprint and answer “yes” (this adds it to ~/.ssh/known_hosts), then try again.</source>
        <extracomment>%1 = host name; “ssh %1” is a command to type in a terminal</extracomment>
        <translation>SSH does not know the host key of %1, and Stagecraft never asks. Trust it once: run “ssh %1” in a terminal, check the key&apos;s fingerprint and answer “yes” (this adds it to ~/.ssh/known_hosts), then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host key of %1 has CHANGED since you last connected: this can be an attack, or the machine was reinstalled. Check with its administrator, then remove the old key with “ssh-keygen -R %1”.</source>
        <extracomment>%1 = host name</extracomment>
        <translation>The host key of %1 has CHANGED since you last connected: this can be an attack, or the machine was reinstalled. Check with its administrator, then remove the old key with “ssh-keygen -R %1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH refused the login to %1 (permission denied). No SSH agent is running and Stagecraft cannot ask for a password: start one and add your key (“ssh-add ~/.ssh/id_ed25519”), or name the key with IdentityFile in ~/.ssh/config.</source>
        <extracomment>%1 = user@host</extracomment>
        <translation>SSH refused the login to %1 (permission denied). No SSH agent is running and Stagecraft cannot ask for a password: start one and add your key (“ssh-add ~/.ssh/id_ed25519”), or name the key with IdentityFile in ~/.ssh/config.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH refused the login to %1 (permission denied). None of the keys in your SSH agent (%2) or ~/.ssh was accepted, and Stagecraft cannot ask for a password: add the right key (“ssh-add ~/.ssh/id_ed25519”) or name it with IdentityFile in ~/.ssh/config, and make sure its public key is in the remote ~/.ssh/authorized_keys.</source>
        <extracomment>%1 = user@host, %2 = the agent&apos;s socket (SSH_AUTH_SOCK)</extracomment>
        <translation>SSH refused the login to %1 (permission denied). None of the keys in your SSH agent (%2) or ~/.ssh was accepted, and Stagecraft cannot ask for a password: add the right key (“ssh-add ~/.ssh/id_ed25519”) or name it with IdentityFile in ~/.ssh/config, and make sure its public key is in the remote ~/.ssh/authorized_keys.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SSH connection to the Docker engine failed: %1. The remote machine needs the docker command (Stagecraft runs “docker system dial-stdio” there).</source>
        <translation>The SSH connection to the Docker engine failed: %1. The remote machine needs the docker command (Stagecraft runs “docker system dial-stdio” there).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not built: an earlier stage failed.</source>
        <translation>Not built: an earlier stage failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine reported no image for this stage.</source>
        <translation>The engine reported no image for this stage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source stage was not built.</source>
        <translation>The source stage was not built.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses a variable; it is not measured.</source>
        <extracomment>%1 = a COPY source path</extracomment>
        <translation>%1 uses a variable; it is not measured.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The COPY names no source path.</source>
        <translation>The COPY names no source path.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the source stage&apos;s image.</source>
        <extracomment>%1 = a COPY source path</extracomment>
        <translation>%1 is not in the source stage&apos;s image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine&apos;s archive of %1 could not be read.</source>
        <extracomment>%1 = a COPY source path</extracomment>
        <translation>The engine&apos;s archive of %1 could not be read.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported version %1</source>
        <translation>unsupported version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an ISO 8601 date and time</source>
        <translation>not an ISO 8601 date and time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no stage has index %1</source>
        <translation>no stage has index %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sidecar is not valid JSON.</source>
        <translation>The sidecar is not valid JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sidecar&apos;s top level is not a JSON object.</source>
        <translation>The sidecar&apos;s top level is not a JSON object.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;measurements&quot; in the sidecar is not an array.</source>
        <translation>&quot;measurements&quot; in the sidecar is not an array.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement %1 in the sidecar cannot be read: %2</source>
        <extracomment>%1 = position in the history (0 = oldest), %2 = what is wrong</extracomment>
        <translation>Measurement %1 in the sidecar cannot be read: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Building…</source>
        <translation>Building…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1/%2: %3</source>
        <extracomment>Build progress. %1 = step, %2 = total steps, %3 = the instruction</extracomment>
        <translation>Step %1/%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measuring stage %1</source>
        <translation>Measuring stage %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring the arrow %1 → %2 (line %3)</source>
        <extracomment>%1 = source stage, %2 = target stage, %3 = Dockerfile line</extracomment>
        <translation>Measuring the arrow %1 → %2 (line %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analysing the wasted space of stage %1 (%2 of about %3 MB)</source>
        <extracomment>Reading every layer of a stage image. %1 = stage, %2 = MB read, %3 = about how many MB</extracomment>
        <translation>Analysing the wasted space of stage %1 (%2 of about %3 MB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inspecting %1 …</source>
        <translation>Inspecting %1 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the files of %1 …</source>
        <translation>Reading the files of %1 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the files of the base image %1 …</source>
        <translation>Reading the files of the base image %1 …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1: &quot;# syntax=%2&quot; makes BuildKit fetch that Dockerfile frontend from a registry, and the engine cannot reach one. Remove the line to build with the engine&apos;s built-in frontend.</source>
        <extracomment>%1 = line, %2 = the directive&apos;s value (docker/dockerfile:1.4)</extracomment>
        <translation>Line %1: &quot;# syntax=%2&quot; makes BuildKit fetch that Dockerfile frontend from a registry, and the engine cannot reach one. Remove the line to build with the engine&apos;s built-in frontend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know heredocs (%2 &lt;&lt;EOF); they need frontend 1.4 or later. Write the commands on one line, or use a newer engine.</source>
        <extracomment>%1 = line, %2 = instruction keyword (RUN, COPY)</extracomment>
        <translation>Line %1: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know heredocs (%2 &lt;&lt;EOF); they need frontend 1.4 or later. Write the commands on one line, or use a newer engine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know %2 --link; it needs frontend 1.4 or later. Remove --link, or use a newer engine.</source>
        <extracomment>%1 = line, %2 = instruction keyword (COPY, ADD)</extracomment>
        <translation>Line %1: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know %2 --link; it needs frontend 1.4 or later. Remove --link, or use a newer engine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>BuildKit: &quot;# syntax=%1&quot; makes BuildKit fetch that Dockerfile frontend from a registry, and the engine cannot reach one. Remove the line to build with the engine&apos;s built-in frontend.</source>
        <extracomment>Problems dock. %1 = the directive&apos;s value (docker/dockerfile:1.4)</extracomment>
        <translation>BuildKit: &quot;# syntax=%1&quot; makes BuildKit fetch that Dockerfile frontend from a registry, and the engine cannot reach one. Remove the line to build with the engine&apos;s built-in frontend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BuildKit: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know heredocs (%1 &lt;&lt;EOF); they need frontend 1.4 or later. Write the commands on one line, or use a newer engine.</source>
        <extracomment>Problems dock. %1 = instruction keyword (RUN, COPY)</extracomment>
        <translation>BuildKit: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know heredocs (%1 &lt;&lt;EOF); they need frontend 1.4 or later. Write the commands on one line, or use a newer engine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BuildKit: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know %1 --link; it needs frontend 1.4 or later. Remove --link, or use a newer engine.</source>
        <extracomment>Problems dock. %1 = instruction keyword (COPY, ADD)</extracomment>
        <translation>BuildKit: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know %1 --link; it needs frontend 1.4 or later. Remove --link, or use a newer engine.</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <location filename="../common/FileLoader.cpp" line="+43"/>
        <location line="+26"/>
        <source>File is larger than 64 MB: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>File is larger than 64 MB: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>File looks binary, not like a Dockerfile: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>File looks binary, not like a Dockerfile: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File not found: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path is a directory, not a file: %1</source>
        <extracomment>%1 = path of a directory given where a file was expected</extracomment>
        <translation>Path is a directory, not a file: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Cannot read file: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>Cannot read file: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Not a regular file: %1</source>
        <extracomment>%1 = path of a device or socket</extracomment>
        <translation>Not a regular file: %1</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <location filename="../views/canvas/LegendItem.cpp" line="+31"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifact copy (COPY --from)</source>
        <translation>Artifact copy (COPY --from)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on (FROM)</source>
        <translation>Built on (FROM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount (RUN --mount from=)</source>
        <translation>Mount (RUN --mount from=)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External image</source>
        <translation>External image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final stage (the build target)</source>
        <translation>Final stage (the build target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faded: not needed by the target</source>
        <translation>Faded: not needed by the target</translation>
    </message>
</context>
<context>
    <name>LessonCatalog</name>
    <message>
        <location filename="../app/LessonCatalog.cpp" line="+50"/>
        <source>The lessons could not be read from %1: %2</source>
        <extracomment>%1 = file, %2 = what is wrong with it</extracomment>
        <translation>The lessons could not be read from %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 = parser message, %2 = byte offset</extracomment>
        <translation>not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“version” must be 1</source>
        <translation>“version” must be 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“lessons” must be a list with at least one lesson</source>
        <translation>“lessons” must be a list with at least one lesson</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no “id”</source>
        <translation>%1 has no “id”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no English title (“title”.“en”)</source>
        <translation>%1 has no English title (“title”.“en”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no steps</source>
        <translation>%1 has no steps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs an “id” and a “file”</source>
        <translation>%1 needs an “id” and a “file”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “file” must be a plain name</source>
        <translation>%1: “file” must be a plain name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “template” must be one of %2 or null</source>
        <extracomment>%1 = location, %2 = the allowed names</extracomment>
        <translation>%1: “template” must be one of %2 or null</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “variant” must be “after”, “before” or null</source>
        <translation>%1: “variant” must be “after”, “before” or null</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “example” must be “examples/&lt;name&gt;” or null</source>
        <translation>%1: “example” must be “examples/&lt;name&gt;” or null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names both a template and an example</source>
        <translation>%1 names both a template and an example</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “try” must be “compare”, “build” or null</source>
        <translation>%1: “try” must be “compare”, “build” or null</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “highlight”.“stage” must be a name, an index or null</source>
        <translation>%1: “highlight”.“stage” must be a name, an index or null</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: an arrow needs “from” and “to”</source>
        <translation>%1: an arrow needs “from” and “to”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “arrow” must be an object or null</source>
        <translation>%1: “arrow” must be an object or null</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “line” must be a number from 1, or null</source>
        <translation>%1: “line” must be a number from 1, or null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “highlight” must be an object or null</source>
        <translation>%1: “highlight” must be an object or null</translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <location filename="../cli/MeasureCommand.cpp" line="-185"/>
        <source>Unknown format %1 (use %2).</source>
        <extracomment>%1 = the format given, %2 = the accepted formats</extracomment>
        <translation>Unknown format %1 (use %2).</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+80"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 = file, %2 = system message</extracomment>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 has no FROM instruction: nothing to measure.</source>
        <translation>%1 has no FROM instruction: nothing to measure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown target stage: %1</source>
        <translation>Unknown target stage: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[%1/%2] %3</source>
        <extracomment>Progress on standard error. %1 = stage (1-based), %2 = stage count, %3 = what is happening</extracomment>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 holds no measurement.</source>
        <translation>%1 holds no measurement.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No measurement is recorded for %1: run stagecraft-cli measure %1 first.</source>
        <extracomment>%1 = Dockerfile</extracomment>
        <translation>No measurement is recorded for %1: run stagecraft-cli measure %1 first.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>compare needs two measurements: stagecraft-cli compare A B (each a measure --format json file, or a measured Dockerfile).</source>
        <translation>compare needs two measurements: stagecraft-cli compare A B (each a measure --format json file, or a measured Dockerfile).</translation>
    </message>
</context>
<context>
    <name>MeasureGates</name>
    <message>
        <location filename="../cli/MeasureGates.cpp" line="-60"/>
        <source>sizes are like 20MB, 1.5GB, 512kB or 3MiB</source>
        <translation>sizes are like 20MB, 1.5GB, 512kB or 3MiB</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--min-efficiency needs a ratio from 0 to 1 (0.95) or a percentage (95%), not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--min-efficiency needs a ratio from 0 to 1 (0.95) or a percentage (95%), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-wasted needs a size, not &quot;%1&quot;: %2.</source>
        <extracomment>%1 = the value given, %2 = examples of sizes</extracomment>
        <translation>--max-wasted needs a size, not &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--budget needs STAGE=SIZE (final=50MB), not &quot;%1&quot;: %2.</source>
        <extracomment>%1 = the value given, %2 = examples of sizes</extracomment>
        <translation>--budget needs STAGE=SIZE (final=50MB), not &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the gate %2 is not valid (sizes are like 20MB; minEfficiency is from 0 to 1).</source>
        <extracomment>%1 = sidecar file, %2 = the field</extracomment>
        <translation>%1: the gate %2 is not valid (sizes are like 20MB; minEfficiency is from 0 to 1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--budget names no stage: %1 (use a stage name, #index or final).</source>
        <extracomment>%1 = the stage a budget names</extracomment>
        <translation>--budget names no stage: %1 (use a stage name, #index or final).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate broken: %1</source>
        <translation>Gate broken: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: efficiency %2 meets the minimum %3</source>
        <extracomment>A gate that passed: %1 = stage, %2 = its efficiency, %3 = the minimum asked for</extracomment>
        <translation>%1: efficiency %2 meets the minimum %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: wasted %2 is within the limit %3</source>
        <extracomment>A gate that passed: %1 = stage, %2 = wasted size, %3 = the most allowed</extracomment>
        <translation>%1: wasted %2 is within the limit %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: size %2 is within its budget %3</source>
        <extracomment>A gate that passed: %1 = stage, %2 = its size, %3 = its budget</extracomment>
        <translation>%1: size %2 is within its budget %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>**Broken:** %1</source>
        <translation>**Broken:** %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1</source>
        <translation>Passed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every gate passed.</source>
        <translation>Every gate passed.</translation>
    </message>
</context>
<context>
    <name>MeasureReport</name>
    <message>
        <location filename="../common/MeasureReport.cpp" line="+62"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;3.2 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resized</source>
        <translation>resized</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 %2 → final %3, %4</source>
        <extracomment>The saving of a multi-stage build. %1 = largest stage, %2 = its size, %3 = final size, %4 = change in percent (e.g. −96 %)</extracomment>
        <translation>%1 %2 → final %3, %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stage sizes of %1</source>
        <extracomment>Markdown report title. %1 = Dockerfile name</extracomment>
        <translation>Stage sizes of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured %1 · Dockerfile SHA-256 `%2`</source>
        <extracomment>%1 = date and time, %2 = SHA-256 of the Dockerfile</extracomment>
        <translation>Measured %1 · Dockerfile SHA-256 `%2`</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+107"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>From base</source>
        <translation>From base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own layers</source>
        <translation>Own layers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build time</source>
        <translation>Build time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — final</source>
        <translation> — final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built, from the cache</source>
        <translation>built, from the cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built</source>
        <translation>built</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Saving:** %1 (%2 bytes)</source>
        <translation>**Saving:** %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artifact arrows</source>
        <translation>Artifact arrows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Paths</source>
        <translation>Paths</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layers of %1</source>
        <translation>Layers of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stage sizes compared</source>
        <translation>Stage sizes compared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <location line="+92"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+22"/>
        <location line="+92"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+22"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+93"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Layer differences of the final stages</source>
        <translation>Layer differences of the final stages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer differences of %1</source>
        <translation>Layer differences of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line A</source>
        <translation>Line A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line B</source>
        <translation>Line B</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+36"/>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAYERS</source>
        <translation>LAYERS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (final)</source>
        <translation> (final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not built</source>
        <translation>not built</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (cached)</source>
        <extracomment>BuildKit: the stage&apos;s time, every step from the cache</extracomment>
        <translation>%1 (cached)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2 (line %3, %4): %5</source>
        <extracomment>One artifact arrow. %1 = source stage, %2 = target stage, %3 = line, %4 = paths, %5 = size or the reason it was not measured</extracomment>
        <translation>%1 → %2 (line %3, %4): %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving: %1</source>
        <translation>Saving: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CHANGE</source>
        <translation>CHANGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE %</source>
        <translation>CHANGE %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer differences of the final stages:</source>
        <translation>Layer differences of the final stages:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../app/QtStandardStrings.cpp" line="+30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="+55"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one FILE can be rendered at a time.</source>
        <translation>Only one FILE can be rendered at a time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: stagecraft-cli render FILE -o OUT.svg|OUT.png [--target STAGE]</source>
        <translation>Usage: stagecraft-cli render FILE -o OUT.svg|OUT.png [--target STAGE]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The output must end in .svg or .png: %1</source>
        <translation>The output must end in .svg or .png: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>render needs a QApplication (run it through stagecraft-cli).</source>
        <translation>render needs a QApplication (run it through stagecraft-cli).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stage named %1.</source>
        <translation>No stage named %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignoring the layout file %1: %2
</source>
        <translation>Ignoring the layout file %1: %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/RenderLauncher.cpp" line="+38"/>
        <source>Drawing the canvas needs the Stagecraft application (stagecraft), which is neither next to stagecraft-cli (in %1) nor on PATH. Install Stagecraft, or put stagecraft on PATH.</source>
        <extracomment>%1 = the folder of stagecraft-cli. &quot;stagecraft&quot; is the program&apos;s file name.</extracomment>
        <translation>Drawing the canvas needs the Stagecraft application (stagecraft), which is neither next to stagecraft-cli (in %1) nor on PATH. Install Stagecraft, or put stagecraft on PATH.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot run %1: %2</source>
        <extracomment>%1 = the program, %2 = the system&apos;s reason</extracomment>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped before it finished drawing.</source>
        <extracomment>%1 = the program</extracomment>
        <translation>%1 stopped before it finished drawing.</translation>
    </message>
</context>
<context>
    <name>SecretsPrompt</name>
    <message numerus="yes">
        <location filename="../app/dialogs/SecretsPrompt.cpp" line="+20"/>
        <source>and %n more</source>
        <extracomment>after the list of files: how many more there are</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The build context holds %n file(s) that look like secrets (keys, .env, credentials) and are not excluded by .dockerignore:

%1

A build sends them to the Docker engine, and a COPY can put them in the image.</source>
        <extracomment>%n = number of files; %1 = their paths, one a line</extracomment>
        <translation>
            <numerusform>The build context holds %n file that looks like a secret (keys, .env, credentials) and is not excluded by .dockerignore:

%1

A build sends it to the Docker engine, and a COPY can put it in the image.</numerusform>
            <numerusform>The build context holds %n files that look like secrets (keys, .env, credentials) and are not excluded by .dockerignore:

%1

A build sends them to the Docker engine, and a COPY can put them in the image.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrets in the Build Context</source>
        <translation>Secrets in the Build Context</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to .dockerignore</source>
        <translation>&amp;Add to .dockerignore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Build Anyway Once</source>
        <translation>&amp;Build Anyway Once</translation>
    </message>
</context>
<context>
    <name>SizeFormat</name>
    <message>
        <location filename="../views/SizeFormat.cpp" line="+27"/>
        <source>%1 bytes</source>
        <extracomment>%1 = a byte count with the locale&apos;s digit grouping (1,234,567; Hindi 12,34,567)</extracomment>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 s</source>
        <extracomment>A wall time under a minute: %1 = seconds with one decimal (&quot;12.3&quot;)</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min %2 s</source>
        <extracomment>A wall time of a minute or more: %1 = minutes, %2 = seconds (CLDR short: &quot;2 मि॰ 5 से॰&quot;)</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 → %3 %4, %5</source>
        <extracomment>Size saving of a multi-stage build. %1 = the biggest stage&apos;s name, %2 = its size, %3 = the final stage&apos;s name, %4 = its size, %5 = signed percentage (&quot;−96%&quot;).</extracomment>
        <translation>%1 %2 → %3 %4, %5</translation>
    </message>
</context>
<context>
    <name>StageBlockItem</name>
    <message>
        <location filename="../views/canvas/StageBlockItem.cpp" line="+157"/>
        <source>%1 efficient · %2 wasted (%3)</source>
        <extracomment>Waste pill under a canvas block (dive&apos;s figures). %1 = efficiency in percent, %2 = wasted size, %3 = the wasted share of the stage&apos;s own bytes in percent</extracomment>
        <translation>%1 efficient · %2 wasted (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cached</source>
        <extracomment>Size pill of a stage block: every step of the stage came from the build cache</extracomment>
        <translation>cached</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <extracomment>Size pill of a stage block: %1 = size, %2 = build time or &quot;cached&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+283"/>
        <source>%n instruction(s)</source>
        <comment>collapsed block</comment>
        <translation>
            <numerusform>%n instruction</numerusform>
            <numerusform>%n instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n more</source>
        <comment>hidden instruction rows</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>final</source>
        <comment>the build target stage</comment>
        <translation>final</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../common/TemplateCatalog.cpp" line="+24"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web app: pip installs the packages in a full Python build stage; the slim runtime stage gets only the installed packages and the app.</source>
        <translation>A small web app: pip installs the packages in a full Python build stage; the slim runtime stage gets only the installed packages and the app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web server compiled to one static binary, which is the only thing copied into a distroless runtime stage.</source>
        <translation>A small web server compiled to one static binary, which is the only thing copied into a distroless runtime stage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>React + nginx</source>
        <translation>React + nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A React page built by Node.js; nginx serves only the built static files. Needs the npm registry to build.</source>
        <translation>A React page built by Node.js; nginx serves only the built static files. Needs the npm registry to build.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Java (Maven)</source>
        <translation>Java (Maven)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web server packaged as a jar by Maven with a full JDK; the runtime stage is a JRE with only the jar. Needs Maven Central to build.</source>
        <translation>A small web server packaged as a jar by Maven with a full JDK; the runtime stage is a JRE with only the jar. Needs Maven Central to build.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node.js API</source>
        <translation>Node.js API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small JSON API: the build stage installs the production packages and runs the tests; the slim runtime stage gets the app and node_modules.</source>
        <translation>A small JSON API: the build stage installs the production packages and runs the tests; the slim runtime stage gets the app and node_modules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web server compiled by Cargo in release mode; only the binary is copied into a slim Debian runtime stage.</source>
        <translation>A small web server compiled by Cargo in release mode; only the binary is copied into a slim Debian runtime stage.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>There is no template called %1. Choose one of: %2.</source>
        <extracomment>%1 = the template id as given, %2 = the known ids</extracomment>
        <translation>There is no template called %1. Choose one of: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for the new project.</source>
        <translation>Choose a folder for the new project.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a file, not a folder. Choose a folder for the new project.</source>
        <extracomment>%1 = a path</extracomment>
        <translation>%1 is a file, not a folder. Choose a folder for the new project.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was written: %1 already has %2. Choose an empty folder, or move these files away first.</source>
        <extracomment>%1 = the folder, %2 = the files that exist there already</extracomment>
        <translation>Nothing was written: %1 already has %2. Choose an empty folder, or move these files away first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not create the folder %1. Check that its parent folder exists and that you may write there.</source>
        <extracomment>%1 = the folder</extracomment>
        <translation>Could not create the folder %1. Check that its parent folder exists and that you may write there.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>Could not create the folder %1. Check that you may write there.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2. Nothing was kept; check that you may write in this folder.</source>
        <extracomment>%1 = a file path, %2 = the system&apos;s reason</extracomment>
        <translation>Could not write %1: %2. Nothing was kept; check that you may write in this folder.</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <location filename="../cli/TemplateCommand.cpp" line="+26"/>
        <source>Run &apos;stagecraft-cli --help&apos; for usage.</source>
        <translation>Run &apos;stagecraft-cli --help&apos; for usage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Templates:
  templates
      List the project templates (multi-stage Dockerfile, single-stage
      Dockerfile.before, .dockerignore and a tiny app).
  new ID DIR
      Write template ID into the folder DIR (created when missing). Existing
      files are never overwritten: exit 1 and nothing is written.
</source>
        <extracomment>Appended to the --help text. Keep the command names, ID and DIR in English.</extracomment>
        <translation>Templates:
  templates
      List the project templates (multi-stage Dockerfile, single-stage
      Dockerfile.before, .dockerignore and a tiny app).
  new ID DIR
      Write template ID into the folder DIR (created when missing). Existing
      files are never overwritten: exit 1 and nothing is written.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Too many arguments: %1</source>
        <extracomment>%1 = the first unexpected argument</extracomment>
        <translation>Too many arguments: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Files: %1</source>
        <extracomment>%1 = the list of files of a template</extracomment>
        <translation>Files: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown option: %1</source>
        <extracomment>%1 = the option as given</extracomment>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a template ID and a folder: stagecraft-cli new ID DIR (ID is one of: %1).</source>
        <extracomment>%1 = the template ids</extracomment>
        <translation>Give a template ID and a folder: stagecraft-cli new ID DIR (ID is one of: %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown template: %1 (use one of: %2).</source>
        <extracomment>%1 = the id as given, %2 = the known ids</extracomment>
        <translation>Unknown template: %1 (use one of: %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote %Ln file(s) to %1:</source>
        <extracomment>%Ln = number of files, %1 = the folder</extracomment>
        <translation>
            <numerusform>Wrote %Ln file to %1:</numerusform>
            <numerusform>Wrote %Ln files to %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WasteMessages</name>
    <message>
        <location filename="../common/WasteMessages.cpp" line="+22"/>
        <source>the base image</source>
        <translation>the base image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 `%2`</source>
        <extracomment>A Dockerfile line and its instruction. %1 = line, %2 = instruction</extracomment>
        <translation>line %1 `%2`</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Download, use and delete in the same RUN (or use a cache mount): a file deleted by a later RUN still ships in the earlier layer.</source>
        <translation>Download, use and delete in the same RUN (or use a cache mount): a file deleted by a later RUN still ships in the earlier layer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy only what the image needs (a narrower COPY, .dockerignore), or COPY it into a builder stage and COPY --from only the result.</source>
        <translation>Copy only what the image needs (a narrower COPY, .dockerignore), or COPY it into a builder stage and COPY --from only the result.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the step to a builder stage and COPY --from only the result: replaced files still ship in the earlier layer.</source>
        <translation>Move the step to a builder stage and COPY --from only the result: replaced files still ship in the earlier layer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting files of the base image does not make the image smaller: pick a slimmer base image instead.</source>
        <translation>Deleting files of the base image does not make the image smaller: pick a slimmer base image instead.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>efficiency %1, wasted %2 (%3 of its own bytes)</source>
        <extracomment>%1 = efficiency (percent), %2 = wasted size, %3 = the wasted share of the stage&apos;s own bytes (percent)</extracomment>
        <translation>efficiency %1, wasted %2 (%3 of its own bytes)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n file(s): %1</source>
        <extracomment>%1 = the files, e.g. &quot;/big, /tmp/x&quot;</extracomment>
        <translation>
            <numerusform>%n file: %1</numerusform>
            <numerusform>%n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 added %2 (%3) that %4 replaced</source>
        <extracomment>%1 = line and instruction that added files, %2 = size, %3 = the files, %4 = line and instruction that replaced them</extracomment>
        <translation>%1 added %2 (%3) that %4 replaced</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added %2 (%3) that %4 removed</source>
        <extracomment>%1 = line and instruction that added files, %2 = size, %3 = the files, %4 = line and instruction that removed them</extracomment>
        <translation>%1 added %2 (%3) that %4 removed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waste of %1: %2</source>
        <extracomment>Plain-text report. %1 = stage, %2 = the summary</extracomment>
        <translation>Waste of %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wasted space of %1</source>
        <extracomment>Markdown heading. %1 = stage</extracomment>
        <translation>Wasted space of %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: efficiency %2 is below the minimum %3</source>
        <extracomment>%1 = stage, %2 = its efficiency, %3 = the minimum asked for</extracomment>
        <translation>%1: efficiency %2 is below the minimum %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: wasted %2 is over the limit %3</source>
        <extracomment>%1 = stage, %2 = wasted size, %3 = the most allowed</extracomment>
        <translation>%1: wasted %2 is over the limit %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size %2 is over its budget %3</source>
        <extracomment>%1 = stage, %2 = its size, %3 = its budget</extracomment>
        <translation>%1: size %2 is over its budget %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>budget for %1: no stage has that name (use a stage name, #index or final)</source>
        <extracomment>%1 = the stage a budget names</extracomment>
        <translation>budget for %1: no stage has that name (use a stage name, #index or final)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not measured, so its gate cannot pass</source>
        <extracomment>%1 = stage</extracomment>
        <translation>%1: not measured, so its gate cannot pass</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+52"/>
        <source>User interface language: %1.</source>
        <translation>User interface language: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <extracomment>Value name of the --lang option, shown as --lang &lt;language&gt;.</extracomment>
        <translation>language</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown language %1; available: %2.</source>
        <translation>Unknown language %1; available: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compose multi-stage Docker builds visually.</source>
        <translation>Compose multi-stage Docker builds visually.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>Colour theme: system, light or dark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theme</source>
        <extracomment>Value name of the --theme option</extracomment>
        <translation>theme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window as PNG and quit.</source>
        <translation>Save a picture of the window as PNG and quit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <extracomment>Value name of the --screenshot option</extracomment>
        <translation>file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dockerfile to open (default: a built-in example).</source>
        <translation>The Dockerfile to open (default: a built-in example).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Failed to open %1: %2</source>
        <translation>Failed to open %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::AboutDialog</name>
    <message>
        <location filename="../app/dialogs/AboutDialog.cpp" line="+46"/>
        <source>unknown compiler</source>
        <translation>unknown compiler</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+49"/>
        <source>Stagecraft %1</source>
        <translation>Stagecraft %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Qt: built with %1, running with %2</source>
        <translation>Qt: built with %1, running with %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compiler: %1</source>
        <translation>Compiler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build type: debug</source>
        <translation>Build type: debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build type: release</source>
        <translation>Build type: release</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABI: %1</source>
        <translation>ABI: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system: %1 (%2)</source>
        <translation>Operating system: %1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Stagecraft</source>
        <translation>About Stagecraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose multi-stage Docker builds visually.</source>
        <translation>Compose multi-stage Docker builds visually.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copyright © The Stagecraft developers. Stagecraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with ABSOLUTELY NO WARRANTY. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Copyright © The Stagecraft developers. Stagecraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with ABSOLUTELY NO WARRANTY. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stagecraft uses these components. Their notices and licence texts follow the table.</source>
        <translation>Stagecraft uses these components. Their notices and licence texts follow the table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>system</source>
        <extracomment>Version column of a component whose version is not known (fonts from the system)</extracomment>
        <translation>system</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party licences</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNU GPL 3</source>
        <extracomment>Tab title; the licence text itself stays in English</extracomment>
        <translation>GNU GPL 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNU LGPL 3</source>
        <extracomment>Tab title; the licence text itself stays in English</extracomment>
        <translation>GNU LGPL 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::BuildSession</name>
    <message>
        <location filename="../app/BuildSession.cpp" line="+152"/>
        <source>Save the Dockerfile first: the engine builds the file on disk.</source>
        <translation>Save the Dockerfile first: the engine builds the file on disk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to build: the Dockerfile has no FROM.</source>
        <translation>Nothing to build: the Dockerfile has no FROM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Docker Engine is configured.</source>
        <translation>No Docker Engine is configured.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: nothing was sent to the engine.</source>
        <translation>Cancelled: nothing was sent to the engine.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Not sent: %n file(s) that look like secrets would go with the build context: %1. Add them to .dockerignore.</source>
        <extracomment>%n = number of files, %1 = their paths</extracomment>
        <translation>
            <numerusform>Not sent: %n file that looks like a secret would go with the build context: %1. Add it to .dockerignore.</numerusform>
            <numerusform>Not sent: %n files that look like secrets would go with the build context: %1. Add them to .dockerignore.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Build cancelled: the Dockerfile must be saved first, because the engine builds the file on disk.</source>
        <translation>Build cancelled: the Dockerfile must be saved first, because the engine builds the file on disk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+271"/>
        <source>Connecting to the Docker Engine…</source>
        <translation>Connecting to the Docker Engine…</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>BuildKit</source>
        <translation>BuildKit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the classic builder</source>
        <translation>the classic builder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building %1 with %2…</source>
        <extracomment>%1 = target stage, %2 = &quot;BuildKit&quot; or &quot;the classic builder&quot;</extracomment>
        <translation>Building %1 with %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building with %1.</source>
        <extracomment>%1 = &quot;BuildKit&quot; or &quot;the classic builder&quot;</extracomment>
        <translation>Building with %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Build cancelled.</source>
        <translation>Build cancelled.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[Stagecraft] The engine&apos;s steps do not match the text shown (the file changed since?): steps are not highlighted.</source>
        <translation>[Stagecraft] The engine&apos;s steps do not match the text shown (the file changed since?): steps are not highlighted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 = step number, %2 = total, %3 = instruction</extracomment>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Running %1</source>
        <extracomment>%1 = BuildKit&apos;s name of the step, e.g. &quot;[build 2/4] RUN make&quot;</extracomment>
        <translation>Running %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>failed</source>
        <extracomment>State of a BuildKit step in the Build dock&apos;s step list</extracomment>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cached</source>
        <extracomment>State of a BuildKit step in the Build dock&apos;s step list: it came from the cache</extracomment>
        <translation>cached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <extracomment>State of a BuildKit step: how long it ran, %1 = seconds (&quot;1.2&quot;)</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <extracomment>State of a BuildKit step in the Build dock&apos;s step list</extracomment>
        <translation>running</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Built %1.</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>Built %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wait for the running measurement to finish, or cancel it.</source>
        <translation>Wait for the running measurement to finish, or cancel it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring cancelled: the Dockerfile must be saved first, because the engine builds the file on disk.</source>
        <translation>Measuring cancelled: the Dockerfile must be saved first, because the engine builds the file on disk.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stage %1 of %2: %3</source>
        <extracomment>%1 = stage number (1-based), %2 = stage count, %3 = what happens</extracomment>
        <translation>Stage %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Measured every stage in %1 s.</source>
        <extracomment>%1 = duration in seconds</extracomment>
        <translation>Measured every stage in %1 s.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled. Nothing was measured.</source>
        <translation>Cancelled. Nothing was measured.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. The figures shown are from the last complete measurement.</source>
        <translation>Cancelled. The figures shown are from the last complete measurement.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wasted-space analysis cancelled. The sizes are new; the stages not analysed show no waste figures.</source>
        <translation>Wasted-space analysis cancelled. The sizes are new; the stages not analysed show no waste figures.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wasted-space analysis cancelled. The sizes are new; %Ln stage(s) kept the waste figures of the same image.</source>
        <extracomment>%Ln = stages whose earlier waste figures still apply (same image)</extracomment>
        <translation>
            <numerusform>Wasted-space analysis cancelled. The sizes are new; %Ln stage kept the waste figures of the same image.</numerusform>
            <numerusform>Wasted-space analysis cancelled. The sizes are new; %Ln stages kept the waste figures of the same image.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A measurement is already running: wait for it to finish, or cancel it.</source>
        <translation>A measurement is already running: wait for it to finish, or cancel it.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2</source>
        <extracomment>%1 = template title, %2 = the saving line (&quot;before 900 MB → after 45 MB, −95%&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before</source>
        <extracomment>the single-stage variant, in the saving line of a template&apos;s Try it</extracomment>
        <translation>before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <extracomment>the multi-stage variant, in the saving line of a template&apos;s Try it</extracomment>
        <translation>after</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a .md, .csv, .json, .png or .svg file.</source>
        <translation>Choose a .md, .csv, .json, .png or .svg file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../app/BuildSessionFiles.cpp" line="+56"/>
        <source>The Sizes panel shows a measurement of another Dockerfile. To see the files of stage %1, run &quot;Build &amp; Measure All Stages&quot; on this one first.</source>
        <extracomment>%1 = stage name or #index</extracomment>
        <translation>The Sizes panel shows a measurement of another Dockerfile. To see the files of stage %1, run &quot;Build &amp; Measure All Stages&quot; on this one first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage %1 has not been built yet. Run &quot;Build &amp; Measure All Stages&quot; in the Sizes panel first, then select the stage again.</source>
        <extracomment>%1 = stage name or #index</extracomment>
        <translation>Stage %1 has not been built yet. Run &quot;Build &amp; Measure All Stages&quot; in the Sizes panel first, then select the stage again.</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::CompareDialog</name>
    <message>
        <location filename="../app/dialogs/CompareDialog.cpp" line="+49"/>
        <source>+ %1 (%2)</source>
        <extracomment>Layer difference: %1 = instruction, %2 = size</extracomment>
        <translation>+ %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>− %1 (%2)</source>
        <translation>− %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>~ %1 (%2 → %3)</source>
        <extracomment>Layer difference: %1 = instruction, %2 = old size, %3 = new size</extracomment>
        <translation>~ %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>&amp;Load Run from File…</source>
        <translation>&amp;Load Run from File…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Compare Measurements</source>
        <translation>Compare Measurements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer differences</source>
        <translation>Layer differences</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Run &amp;A (before):</source>
        <translation>Run &amp;A (before):</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reading the files of %1: %2…</source>
        <extracomment>Reading an image&apos;s files: %1 = image, %2 = bytes read so far</extracomment>
        <translation>Reading the files of %1: %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the files of %1: %2</source>
        <extracomment>%1 = image, %2 = the engine&apos;s message</extracomment>
        <translation>Cannot read the files of %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled reading the files.</source>
        <translation>Cancelled reading the files.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Build &amp;&amp; Measure Dockerfile…</source>
        <translation>&amp;Build &amp;&amp; Measure Dockerfile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;Files</source>
        <translation>Compare &amp;Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;B (after):</source>
        <translation>Run &amp;B (after):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of A:</source>
        <translation>Stage of A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of B:</source>
        <translation>Stage of B:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sizes</source>
        <translation>Sizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, %2</source>
        <extracomment>Run list entry: %1 = Dockerfile name, %2 = date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Load Measurement</source>
        <translation>Load Measurement</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Measurement (*.json);;All files (*)</source>
        <translation>Measurement (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Stagecraft measurement: %2</source>
        <extracomment>%1 = file, %2 = what is wrong in it</extracomment>
        <translation>%1 is not a Stagecraft measurement: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measure the Dockerfile, or load a saved measurement, to compare.</source>
        <translation>Measure the Dockerfile, or load a saved measurement, to compare.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>final image</source>
        <extracomment>Comparison row: the two final images</extracomment>
        <translation>final image</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>—</source>
        <extracomment>Comparison cell: the stage is not in this run</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Final image: %1 → %2 (%3, %4)</source>
        <extracomment>%1 = final size of A, %2 = final size of B, %3 = signed change, %4 = signed percentage</extracomment>
        <translation>Final image: %1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Build and Measure Dockerfile</source>
        <translation>Build and Measure Dockerfile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dockerfiles (Dockerfile* *.Dockerfile *.dockerfile);;All files (*)</source>
        <translation>Dockerfiles (Dockerfile* *.Dockerfile *.dockerfile);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the running step ends, or cancel it.</source>
        <translation>Wait until the running step ends, or cancel it.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not built: the build context of %1 has %n file(s) that look like secrets and are not excluded by .dockerignore: %2. Add them to .dockerignore first.</source>
        <extracomment>%n = number of files, %1 = Dockerfile, %2 = the files (comma-separated)</extracomment>
        <translation>
            <numerusform>Not built: the build context of %1 has %n file that looks like a secret and is not excluded by .dockerignore: %2. Add it to .dockerignore first.</numerusform>
            <numerusform>Not built: the build context of %1 has %n files that look like secrets and are not excluded by .dockerignore: %2. Add them to .dockerignore first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>Cannot build %1: %2</source>
        <extracomment>%1 = Dockerfile, %2 = the engine&apos;s message</extracomment>
        <translation>Cannot build %1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Building %1 — stage %2 of %3: %4</source>
        <extracomment>%1 = Dockerfile, %2 = stage number, %3 = stage count, %4 = what happens</extracomment>
        <translation>Building %1 — stage %2 of %3: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled building %1.</source>
        <translation>Cancelled building %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measured %1 (not kept in its history: %2).</source>
        <translation>Measured %1 (not kept in its history: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured %1: it is run A now.</source>
        <translation>Measured %1: it is run A now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building %1…</source>
        <translation>Building %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (final)</source>
        <translation>%1 (final)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, stage %2</source>
        <extracomment>A side of the file diff: %1 = Dockerfile, %2 = stage</extracomment>
        <translation>%1, stage %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a built stage of run A and of run B.</source>
        <translation>Choose a built stage of run A and of run B.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the files of %1…</source>
        <translation>Reading the files of %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n difference(s) between the files of A and B.</source>
        <extracomment>%n = number of differences</extracomment>
        <translation>
            <numerusform>%n difference between the files of A and B.</numerusform>
            <numerusform>%n differences between the files of A and B.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DiagnosticsModel</name>
    <message>
        <location filename="../app/DiagnosticsModel.cpp" line="+155"/>
        <source>%1
Fix: %2</source>
        <extracomment>Tooltip of a diagnostic with a fix-it: %1 = the message, %2 = the fix&apos;s title</extracomment>
        <translation>%1
Fix: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Severity</source>
        <extracomment>Column header in the diagnostics panel</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <extracomment>Column header in the diagnostics panel</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <extracomment>Column header in the diagnostics panel</extracomment>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <extracomment>Column header in the diagnostics panel: the rule&apos;s code, e.g. StageNameCasing</extracomment>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DiagnosticsPanel</name>
    <message>
        <location filename="../app/DiagnosticsPanel.cpp" line="+70"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="+125"/>
        <source>The document has no file yet: use Save As.</source>
        <translation>The document has no file yet: use Save As.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving was cancelled.</source>
        <translation>Saving was cancelled.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1: the file is read-only. Your text is still here; use Save As to save it elsewhere.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>Cannot save %1: the file is read-only. Your text is still here; use Save As to save it elsewhere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: it is not a regular file.</source>
        <translation>Cannot save %1: it is not a regular file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document has no file to reload.</source>
        <translation>The document has no file to reload.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Untitled</source>
        <extracomment>Name of a new document that has no file yet</extracomment>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DocumentPrompts</name>
    <message>
        <location filename="../app/dialogs/DocumentPrompts.cpp" line="+28"/>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An untitled Dockerfile</source>
        <translation>An untitled Dockerfile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had unsaved changes when Stagecraft stopped unexpectedly (autosaved %2). Recover them?</source>
        <extracomment>%1 = file path (or &quot;An untitled Dockerfile&quot;), %2 = date and time</extracomment>
        <translation>%1 had unsaved changes when Stagecraft stopped unexpectedly (autosaved %2). Recover them?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File Changed on Disk</source>
        <translation>File Changed on Disk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program changed %1. Reload it from disk, or keep the text shown here?</source>
        <extracomment>%1 = file name</extracomment>
        <translation>Another program changed %1. Reload it from disk, or keep the text shown here?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (shown here)</source>
        <translation>%1 (shown here)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (on disk)</source>
        <translation>%1 (on disk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with Disk</source>
        <translation>Compare with Disk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The texts are the same.</source>
        <translation>The texts are the same.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Dockerfile</source>
        <translation>Save Dockerfile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains bytes that are not UTF-8. They are shown as � and will be saved as the character U+FFFD, not as the original bytes. Save anyway?</source>
        <translation>%1 contains bytes that are not UTF-8. They are shown as � and will be saved as the character U+FFFD, not as the original bytes. Save anyway?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was deleted or moved by another program. Your text is still here; save it to write the file again.</source>
        <translation>%1 was deleted or moved by another program. Your text is still here; save it to write the file again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File Missing</source>
        <translation>File Missing</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::EngineConnection</name>
    <message>
        <location filename="../app/EngineConnection.cpp" line="+213"/>
        <source>the DOCKER_HOST variable</source>
        <translation>the DOCKER_HOST variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the settings</source>
        <translation>the settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform default</source>
        <translation>the platform default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the docker context “%1”</source>
        <extracomment>%1 = the name of a docker context (docker context ls)</extracomment>
        <translation>the docker context “%1”</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::EngineStatusWidget</name>
    <message>
        <location filename="../app/EngineStatusWidget.cpp" line="+63"/>
        <source>Engine: checking…</source>
        <extracomment>Status bar, while Stagecraft checks whether the Docker engine answers</extracomment>
        <translation>Engine: checking…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 · %3 · %4</source>
        <extracomment>Status bar: %1 = Docker or Podman, %2 = its version, %3 = the builder in use (&quot;BuildKit&quot;, &quot;classic builder&quot;), %4 = endpoint URL</extracomment>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No engine · %1</source>
        <extracomment>Status bar: %1 = endpoint URL (unix:///var/run/docker.sock)</extracomment>
        <translation>No engine · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no endpoint</source>
        <translation>no endpoint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker engine status</source>
        <translation>Docker engine status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>BuildKit</source>
        <extracomment>Status bar: the builder in use. BuildKit is a product name.</extracomment>
        <translation>BuildKit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BuildKit (not offered)</source>
        <translation>BuildKit (not offered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classic builder</source>
        <extracomment>Status bar: the builder in use (Docker&apos;s legacy builder; Podman&apos;s only one)</extracomment>
        <translation>classic builder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Builder: BuildKit, which this engine does not offer: builds will fail. Choose &quot;Automatic&quot; or the classic builder in the Build dock.</source>
        <translation>Builder: BuildKit, which this engine does not offer: builds will fail. Choose &quot;Automatic&quot; or the classic builder in the Build dock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Builder: %1 (chosen in the Build dock or the settings)</source>
        <extracomment>%1 = &quot;BuildKit&quot; or &quot;classic builder&quot;</extracomment>
        <translation>Builder: %1 (chosen in the Build dock or the settings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builder: BuildKit (automatic: the engine offers it)</source>
        <translation>Builder: BuildKit (automatic: the engine offers it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builder: classic builder (automatic: the engine does not offer BuildKit)</source>
        <translation>Builder: classic builder (automatic: the engine does not offer BuildKit)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the Docker engine…</source>
        <translation>Checking the Docker engine…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 on %3/%4</source>
        <extracomment>%1 engine name, %2 version, %3 operating system, %4 architecture</extracomment>
        <translation>%1 %2 on %3/%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API version %1 (engine %2, Stagecraft %3)</source>
        <translation>API version %1 (engine %2, Stagecraft %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoint: %1 (from %2)</source>
        <extracomment>%1 = endpoint URL, %2 = where it came from (&quot;the DOCKER_HOST variable&quot;, …)</extracomment>
        <translation>Endpoint: %1 (from %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stagecraft checks again in %n second(s).</source>
        <translation>
            <numerusform>Stagecraft checks again in %n second.</numerusform>
            <numerusform>Stagecraft checks again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to choose the engine in the settings.</source>
        <translation>Click to choose the engine in the settings.</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::LessonsPanel</name>
    <message>
        <location filename="../app/LessonsPanel.cpp" line="+106"/>
        <source>en</source>
        <extracomment>The code of the language of this translation (&quot;en&quot;, &quot;hi&quot;): the Learn panel shows the lessons written in it.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The lessons could not be read.</source>
        <translation>The lessons could not be read.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no lessons.</source>
        <translation>There are no lessons.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2</source>
        <extracomment>Learn panel: %1 = step number, %2 = number of steps</extracomment>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This step is not written in your language yet; it is shown in English.</source>
        <translation>This step is not written in your language yet; it is shown in English.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text of this step is missing (%1). The lessons are incomplete; reinstall Stagecraft or report it.</source>
        <extracomment>%1 = file path of the missing lesson text</extracomment>
        <translation>The text of this step is missing (%1). The lessons are incomplete; reinstall Stagecraft or report it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Try It: Build Before and After</source>
        <translation>&amp;Try It: Build Before and After</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try It: Build</source>
        <translation>&amp;Try It: Build</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The example of this step is missing (%1).</source>
        <extracomment>%1 = path of the missing example Dockerfile</extracomment>
        <translation>The example of this step is missing (%1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The open Dockerfile has no arrow from %1 to %2. Open this step&apos;s example first.</source>
        <extracomment>%1, %2 = stage names</extracomment>
        <translation>The open Dockerfile has no arrow from %1 to %2. Open this step&apos;s example first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The open Dockerfile has no stage %1. Open this step&apos;s example first.</source>
        <extracomment>%1 = stage name</extracomment>
        <translation>The open Dockerfile has no stage %1. Open this step&apos;s example first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The open Dockerfile has no line %1. Open this step&apos;s example first.</source>
        <extracomment>%1 = line number</extracomment>
        <translation>The open Dockerfile has no line %1. Open this step&apos;s example first.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This step has no template to compare.</source>
        <translation>This step has no template to compare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Example</source>
        <translation>&amp;Open Example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dockerfile this step talks about, as a new untitled document.</source>
        <translation>Open the Dockerfile this step talks about, as a new untitled document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show Me</source>
        <translation>&amp;Show Me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the block, arrow or line this step talks about.</source>
        <translation>Select the block, arrow or line this step talks about.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+328"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <extracomment>Dock title (View menu toggle)</extracomment>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizes</source>
        <extracomment>Dock title (View menu toggle): image sizes per stage</extracomment>
        <translation>Sizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palette</source>
        <extracomment>Dock title (View menu toggle): base images and instructions to drag onto the canvas</extracomment>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of problems</source>
        <translation>Show or hide the list of problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage canvas</source>
        <translation>Stage canvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+16"/>
        <source>Save Dockerfile</source>
        <translation>Save Dockerfile</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save Dockerfile As</source>
        <translation>Save Dockerfile As</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reload %1 from disk? Your unsaved changes are replaced; Undo brings them back.</source>
        <translation>Reload %1 from disk? Your unsaved changes are replaced; Undo brings them back.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Recovered unsaved changes of %1.</source>
        <translation>Recovered unsaved changes of %1.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No stages</source>
        <translation>No stages</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln stage(s)</source>
        <translation>
            <numerusform>%Ln stage</numerusform>
            <numerusform>%Ln stages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Example Dockerfile</source>
        <translation>Example Dockerfile</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+42"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Open Dockerfile</source>
        <translation>Open Dockerfile</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dockerfiles (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Dockerfiles (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;All files (*)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::MainWindowActions</name>
    <message>
        <location filename="../app/MainWindowActions.cpp" line="+171"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;Template…</source>
        <translation>New from &amp;Template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Go to Line…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;Canvas</source>
        <translation>Stage &amp;Canvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dockerfile &amp;Editor</source>
        <translation>Dockerfile &amp;Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Presenter Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Stage</source>
        <translation>Ne&amp;xt Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Stage</source>
        <translation>Pre&amp;vious Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Canvas to Window</source>
        <translation>&amp;Fit Canvas to Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset La&amp;yout</source>
        <extracomment>View menu: back to the first-start arrangement of the canvas, the editor and the docks</extracomment>
        <translation>Reset La&amp;yout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;System</source>
        <extracomment>Language menu entry: use the system&apos;s language</extracomment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Stagecraft</source>
        <translation>&amp;About Stagecraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::NewFromTemplateDialog</name>
    <message>
        <location filename="../app/dialogs/NewFromTemplateDialog.cpp" line="+157"/>
        <source>New from Template</source>
        <translation>New from Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Folder for the New Project</source>
        <translation>Folder for the New Project</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::PanelWiring</name>
    <message>
        <location filename="../app/PanelWiring.cpp" line="+108"/>
        <source>%1: Single-Stage vs Multi-Stage</source>
        <extracomment>%1 = template title</extracomment>
        <translation>%1: Single-Stage vs Multi-Stage</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::RecentFiles</name>
    <message>
        <location filename="../app/RecentFiles.cpp" line="+66"/>
        <source>%1 %2 — %3</source>
        <extracomment>Open Recent menu entry: %1 = number, %2 = file name, %3 = its folder</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="+140"/>
        <source>“%1” is not an endpoint URL. Write it as unix:///var/run/docker.sock or tcp://host:2376.</source>
        <extracomment>%1 = what the user typed</extracomment>
        <translation>“%1” is not an endpoint URL. Write it as unix:///var/run/docker.sock or tcp://host:2376.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 endpoints are not supported. Use unix://, tcp://, npipe:// or ssh://user@host.</source>
        <extracomment>%1 = a URL scheme such as fd://</extracomment>
        <translation>%1 endpoints are not supported. Use unix://, tcp://, npipe:// or ssh://user@host.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown endpoint type %1. Use unix://, tcp://, npipe:// or ssh://.</source>
        <translation>Unknown endpoint type %1. Use unix://, tcp://, npipe:// or ssh://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid endpoint URL. Examples: unix:///var/run/docker.sock, tcp://192.168.1.10:2376.</source>
        <translation>“%1” is not a valid endpoint URL. Examples: unix:///var/run/docker.sock, tcp://192.168.1.10:2376.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The socket path must be absolute: unix:///var/run/docker.sock, not unix://var/run/docker.sock.</source>
        <translation>The socket path must be absolute: unix:///var/run/docker.sock, not unix://var/run/docker.sock.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate folder %1 does not exist.</source>
        <translation>The certificate folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Empty means automatic, which is now %1 (from %2).</source>
        <extracomment>%1 = endpoint URL, %2 = where it came from (&quot;the DOCKER_HOST variable&quot;, …)</extracomment>
        <translation>Empty means automatic, which is now %1 (from %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to use DOCKER_HOST, the docker context or the platform default.</source>
        <translation>Leave empty to use DOCKER_HOST, the docker context or the platform default.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected: %1 %2 (API %3) at %4.</source>
        <extracomment>%1 engine name, %2 version, %3 API version, %4 endpoint URL</extracomment>
        <translation>Connected: %1 %2 (API %3) at %4.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Folder with ca.pem, cert.pem and key.pem</source>
        <translation>Folder with ca.pem, cert.pem and key.pem</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker engine</source>
        <translation>Docker engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;TLS</source>
        <translation>Use &amp;TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the engine&apos;s certificate</source>
        <translation>&amp;Verify the engine&apos;s certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates:</source>
        <translation>&amp;Certificates:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;uilder:</source>
        <translation>B&amp;uilder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (BuildKit when the engine offers it)</source>
        <translation>Automatic (BuildKit when the engine offers it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuildKit</source>
        <translation>BuildKit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic builder</source>
        <translation>Classic builder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::TemplateTrial</name>
    <message>
        <location filename="../app/TemplateTrial.cpp" line="+33"/>
        <location line="+34"/>
        <source>A template is already being built; wait for it or cancel it.</source>
        <translation>A template is already being built; wait for it or cancel it.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>There is no template &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create a temporary folder for the template: %1</source>
        <translation>Cannot create a temporary folder for the template: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is missing.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the single-stage &quot;before&quot; variant of %1 (%2)</source>
        <extracomment>%1 = template title, %2 = file name (Dockerfile.before)</extracomment>
        <translation>the single-stage &quot;before&quot; variant of %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the multi-stage &quot;after&quot; variant of %1 (%2)</source>
        <extracomment>%1 = template title, %2 = file name (Dockerfile)</extracomment>
        <translation>the multi-stage &quot;after&quot; variant of %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+33"/>
        <source>Cancelled building %1.</source>
        <translation>Cancelled building %1.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Building %1…</source>
        <extracomment>%1 = which variant, e.g. the single-stage &quot;before&quot; variant of Python (Dockerfile.before)</extracomment>
        <translation>Building %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Could not build %1: %2</source>
        <extracomment>%1 = which variant, %2 = the engine&apos;s message</extracomment>
        <translation>Could not build %1: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Building %1 — stage %2 of %3: %4</source>
        <extracomment>%1 = which variant, %2 = stage number, %3 = stage count, %4 = what happens</extracomment>
        <translation>Building %1 — stage %2 of %3: %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not build %1: the final stage was not built.</source>
        <translation>Could not build %1: the final stage was not built.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::ArrowDialog</name>
    <message>
        <location filename="../views/canvas/ArrowDialog.cpp" line="+80"/>
        <source>Copy an Artifact</source>
        <translation>Copy an Artifact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files built in stage %1 into stage %2 (COPY --from).</source>
        <translation>Copy files built in stage %1 into stage %2 (COPY --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source paths:</source>
        <translation>&amp;Source paths:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths in the source stage, separated by spaces.</source>
        <translation>Paths in the source stage, separated by spaces.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::BuildPanel</name>
    <message>
        <location filename="../views/panels/BuildPanel.cpp" line="+174"/>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name:tag (optional)</source>
        <translation>name:tag (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build args (from the ARG lines; tick one to pass it):</source>
        <translation>Build args (from the ARG lines; tick one to pass it):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declared in</source>
        <comment>build arg: stage or global</comment>
        <translation>Declared in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;uilder:</source>
        <translation>B&amp;uilder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (BuildKit when the engine offers it)</source>
        <extracomment>Builder choice in the Build dock</extracomment>
        <translation>Automatic (BuildKit when the engine offers it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuildKit</source>
        <translation>BuildKit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic builder</source>
        <translation>Classic builder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which of the engine&apos;s builders runs the build. BuildKit builds only the stages the target needs, runs independent stages at once and knows RUN --mount; Podman has only the classic builder. The same setting as in Edit → Preferences.</source>
        <translation>Which of the engine&apos;s builders runs the build. BuildKit builds only the stages the target needs, runs independent stages at once and knows RUN --mount; Podman has only the classic builder. The same setting as in Edit → Preferences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log of:</source>
        <translation>&amp;Log of:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All steps</source>
        <extracomment>Build log filter: show the output of every step</extracomment>
        <translation>All steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuildKit builds: show only the output of one step.</source>
        <translation>BuildKit builds: show only the output of one step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No cache</source>
        <translation>&amp;No cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build every step again instead of using the engine&apos;s cache.</source>
        <translation>Build every step again instead of using the engine&apos;s cache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pull base images</source>
        <translation>&amp;Pull base images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the engine to pull newer versions of the base images first.</source>
        <translation>Ask the engine to pull newer versions of the base images first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build log</source>
        <translation>Build log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build runs this Dockerfile on the Docker Engine and shows its output here, step by step; the running instruction lights up on the canvas and in the editor. It needs a running Docker Engine (its state is in the status bar; Edit → Preferences chooses another) and a saved file: Build saves first. Choose the target stage above, then press Build.</source>
        <translation>Build runs this Dockerfile on the Docker Engine and shows its output here, step by step; the running instruction lights up on the canvas and in the editor. It needs a running Docker Engine (its state is in the status bar; Edit → Preferences chooses another) and a saved file: Build saves first. Choose the target stage above, then press Build.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (final)</source>
        <extracomment>Target list entry for the last stage; %1 = its name</extracomment>
        <translation>%1 (final)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default</source>
        <translation>No default</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>global</source>
        <extracomment>Build arg declared before the first FROM (usable in FROM lines)</extracomment>
        <translation>global</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 (%2)</source>
        <extracomment>Build log filter entry: %1 = BuildKit&apos;s step name, %2 = its state (running, cached, 1.2 s)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 printed nothing.</source>
        <translation>%1 printed nothing.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::CanvasEmptyState</name>
    <message>
        <location filename="../views/canvas/CanvasEmptyState.cpp" line="+58"/>
        <source>Nothing on the canvas yet</source>
        <translation>Nothing on the canvas yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each FROM in a Dockerfile becomes a block here, and each COPY --from an arrow between blocks. Start from a template, open a Dockerfile, or let the first lesson show you around. You can also type in the editor, or drag a base image from the palette onto the canvas.</source>
        <translation>Each FROM in a Dockerfile becomes a block here, and each COPY --from an arrow between blocks. Start from a template, open a Dockerfile, or let the first lesson show you around. You can also type in the editor, or drag a base image from the palette onto the canvas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from Template…</source>
        <translation>New from Template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Lesson 1</source>
        <translation>Start Lesson 1</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::CanvasPalette</name>
    <message>
        <location filename="../views/canvas/CanvasPalette.cpp" line="+111"/>
        <source>Full SDK images</source>
        <translation>Full SDK images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slim images</source>
        <translation>Slim images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alpine images</source>
        <translation>Alpine images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distroless images</source>
        <translation>Distroless images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty (scratch)</source>
        <translation>Empty (scratch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web servers</source>
        <translation>Web servers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag an image onto the canvas to add a stage, or an instruction onto a block.</source>
        <translation>Drag an image onto the canvas to add a stage, or an instruction onto a block.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::DockerfileEditor</name>
    <message>
        <location filename="../views/editor/DockerfileEditor.cpp" line="+94"/>
        <source>Dockerfile editor</source>
        <translation>Dockerfile editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a Dockerfile here, or open one.</source>
        <translation>Write a Dockerfile here, or open one.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 (%2)</source>
        <comment>diagnostic message (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+244"/>
        <location line="+181"/>
        <source>Fix: %1</source>
        <extracomment>context menu entry; %1 = title of a fix-it (&quot;Use lower case&quot;)</extracomment>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Go to Stage Definition</source>
        <translation>Go to Stage Definition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Stage…</source>
        <translation>Rename Stage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Line…</source>
        <translation>Go to Line…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset Zoom</source>
        <translation>Reset Zoom</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rename Stage</source>
        <translation>Rename Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the stage:</source>
        <translation>New name of the stage:</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FileDiffView</name>
    <message>
        <location filename="../views/panels/FileDiffView.cpp" line="+77"/>
        <source>gone</source>
        <extracomment>A file in image A (before) that image B (after) lacks</extracomment>
        <translation>gone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <extracomment>A file in image B (after) that image A (before) lacks</extracomment>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type %1 → %2</source>
        <extracomment>%1 → %2 = file types (file, directory, symlink…), kept in English</extracomment>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode %1 → %2</source>
        <extracomment>Permission bits: %1 → %2 (octal)</extracomment>
        <translation>mode %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 → %2</source>
        <extracomment>A link&apos;s target: %1 → %2</extracomment>
        <translation>link %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>modification time</source>
        <translation>modification time</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>—</source>
        <extracomment>Diff cell: the path is not in this image</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (before)</source>
        <translation>A (before)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (after)</source>
        <translation>B (after)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter paths…</source>
        <translation>Filter paths…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone</source>
        <translation>Gone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a stage of run A and of run B, then Compare Files.</source>
        <translation>Choose a stage of run A and of run B, then Compare Files.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: gone %3 files (%4), new %5 files (%6), changed %7 files (%8).</source>
        <extracomment>%1 = image A, %2 = image B; then %3 files and %4 bytes gone, %5 files and %6 bytes new, %7 files changed, %8 = the signed size change of the changed files</extracomment>
        <translation>%1 → %2: gone %3 files (%4), new %5 files (%6), changed %7 files (%8).</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FilesPanel</name>
    <message>
        <location filename="../views/panels/FilesPanel.cpp" line="+152"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image name or ID</source>
        <translation>image name or ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Files</source>
        <translation>&amp;Show Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the files of this image (a container is created, never started, and removed again).</source>
        <translation>Read the files of this image (a container is created, never started, and removed again).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh List</source>
        <translation>&amp;Refresh List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the local images again.</source>
        <translation>List the local images again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by path</source>
        <translation>Filter by path</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Only &amp;changed by this layer</source>
        <translation>Only &amp;changed by this layer</translation>
    </message>
    <message>
        <location line="-360"/>
        <location line="+361"/>
        <source>Only &amp;added by this stage</source>
        <translation>Only &amp;added by this stage</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>A&amp;ggregated: all changes since the base image</source>
        <translation>A&amp;ggregated: all changes since the base image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everything the layers above the base image changed, up to the chosen one, instead of the chosen layer&apos;s changes only.</source>
        <translation>Mark everything the layers above the base image changed, up to the chosen one, instead of the chosen layer&apos;s changes only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers of the image</source>
        <translation>Layers of the image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files of the stage</source>
        <translation>Files of the stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build the Dockerfile, then select a stage to see its files — or pick any local image above.</source>
        <translation>Build the Dockerfile, then select a stage to see its files — or pick any local image above.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+105"/>
        <source>Cancelled. The temporary container was removed.</source>
        <translation>Cancelled. The temporary container was removed.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Which files does a stage make? Drag one onto a later stage to copy it there.</source>
        <translation>Which files does a stage make? Drag one onto a later stage to copy it there.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage %1 (image %2)</source>
        <extracomment>Files panel heading; %1 = stage name or #index, %2 = image ID</extracomment>
        <translation>Stage %1 (image %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with its base %1.</source>
        <extracomment>%1 = the base image the files are compared with</extracomment>
        <translation>Compared with its base %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the files of %1 …</source>
        <translation>Reading the files of %1 …</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1, %Ln item(s)</source>
        <extracomment>Files panel progress; %1 = bytes read so far, %Ln = entries</extracomment>
        <translation>
            <numerusform>%1, %Ln item</numerusform>
            <numerusform>%1, %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the layers was cancelled; the files above are complete.</source>
        <translation>Reading the layers was cancelled; the files above are complete.</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%Ln item(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln item, %1 in all.</numerusform>
            <numerusform>%Ln items, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This stage added %Ln item(s), %1.</source>
        <translation>
            <numerusform>This stage added %Ln item, %1.</numerusform>
            <numerusform>This stage added %Ln items, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln layer(s): choose one to see what it changed.</source>
        <extracomment>appended to the Files panel summary; %Ln = layers</extracomment>
        <translation>
            <numerusform>%Ln layer: choose one to see what it changed.</numerusform>
            <numerusform>%Ln layers: choose one to see what it changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln match(es)</source>
        <extracomment>Beside the Files panel&apos;s filter; %Ln = entries whose path matches</extracomment>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the layers of %1 …</source>
        <extracomment>%1 = image</extracomment>
        <translation>Reading the layers of %1 …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of about %2</source>
        <extracomment>Files panel, reading an image&apos;s layers; %1 = read so far, %2 = about how much in all</extracomment>
        <translation>%1 of about %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The layers could not be read: %1</source>
        <extracomment>%1 = why (the engine&apos;s error, translated)</extracomment>
        <translation>The layers could not be read: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All files of the image</source>
        <extracomment>Files panel, the first row of the layer list: the whole image as read</extracomment>
        <translation>All files of the image</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>base image</source>
        <extracomment>Files panel, layer list: a layer that came with the FROM image</extracomment>
        <translation>base image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(instruction unknown)</source>
        <translation>(instruction unknown)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%L1 added, %L2 modified, %L3 removed</source>
        <translation>%L1 added, %L2 modified, %L3 removed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up to layer %1, since the base image: %2.</source>
        <extracomment>%1 = layer number (1 = lowest), %2 = &quot;N added, N modified, N removed&quot;</extracomment>
        <translation>Up to layer %1, since the base image: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer %1 (line %2): %3.</source>
        <extracomment>%1 = layer number (1 = lowest), %2 = Dockerfile line, %3 = the changes</extracomment>
        <translation>Layer %1 (line %2): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer %1 (base image): %2.</source>
        <extracomment>%1 = layer number (1 = lowest), %2 = the changes</extracomment>
        <translation>Layer %1 (base image): %2.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Type or pick an image name first.</source>
        <translation>Type or pick an image name first.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FilesTreeModel</name>
    <message>
        <location filename="../views/panels/FilesTreeModel.cpp" line="+207"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+148"/>
        <source>added</source>
        <extracomment>Files panel, a layer&apos;s change to a file (as dive shows it)
----------
Files panel: the stage added (or changed) this file or folder</extracomment>
        <translation>added</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>modified</source>
        <extracomment>Files panel, a layer&apos;s change to a file (as dive shows it)</extracomment>
        <translation>modified</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <extracomment>Files panel, a layer&apos;s change to a file (as dive shows it)</extracomment>
        <translation>removed</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%Ln changed</source>
        <extracomment>Files panel: a folder with changes below it; %Ln = how many</extracomment>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 added</source>
        <extracomment>Files panel: a folder with added files below it; %1 = size</extracomment>
        <translation>%1 added</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln file, %1</numerusform>
            <numerusform>%Ln files, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed by this layer: its bytes stay in the layer below.</source>
        <translation>Removed by this layer: its bytes stay in the layer below.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed here: %Ln item(s)</source>
        <translation>
            <numerusform>Changed here: %Ln item</numerusform>
            <numerusform>Changed here: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Added by this stage: %Ln item(s), %1</source>
        <translation>
            <numerusform>Added by this stage: %Ln item, %1</numerusform>
            <numerusform>Added by this stage: %Ln items, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag onto a later stage on the canvas to copy it there.</source>
        <translation>Drag onto a later stage on the canvas to copy it there.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <extracomment>Files panel column: what the chosen layer did to the file</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>Files panel column: what this stage added beyond its base image</extracomment>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FindReplaceBar</name>
    <message>
        <location filename="../views/editor/FindReplaceBar.cpp" line="+84"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place:</source>
        <translation>Re&amp;place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find previous</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+88"/>
        <source>Invalid regular expression</source>
        <translation>Invalid regular expression</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search wrapped</source>
        <translation>Search wrapped</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%Ln replaced</source>
        <extracomment>%n = number of replacements</extracomment>
        <translation>
            <numerusform>%Ln replaced</numerusform>
            <numerusform>%Ln replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stagecraft::views::GoToLineDialog</name>
    <message>
        <location filename="../views/editor/GoToLineDialog.cpp" line="+51"/>
        <source>Go to Line</source>
        <translation>Go to Line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Line number (1–%1):</source>
        <extracomment>%1 = number of lines in the document</extracomment>
        <translation>&amp;Line number (1–%1):</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::SizesPanel</name>
    <message>
        <location filename="../app/PanelWiring.cpp" line="-61"/>
        <location filename="../views/panels/SizesPanel.cpp" line="+399"/>
        <source>Export Measurement</source>
        <translation>Export Measurement</translation>
    </message>
    <message>
        <location filename="../views/panels/SizesPanel.cpp" line="-251"/>
        <source>Build &amp;&amp; &amp;Measure All Stages</source>
        <translation>Build &amp;&amp; &amp;Measure All Stages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wasted space</source>
        <translation>&amp;Wasted space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also read every layer of every stage image and show its wasted space: files a later instruction removed or replaced, with the lines and a fix.</source>
        <translation>Also read every layer of every stage image and show its wasted space: files a later instruction removed or replaced, with the lines and a fix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build every stage as a target and measure its image, its layers and the bytes each COPY --from carries.</source>
        <translation>Build every stage as a target and measure its image, its layers and the bytes each COPY --from carries.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>C&amp;ompare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layers of:</source>
        <translation>&amp;Layers of:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Files</source>
        <translation>Show &amp;Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files of the chosen stage&apos;s image in the Files panel.</source>
        <translation>Show the files of the chosen stage&apos;s image in the Files panel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Image size per stage</source>
        <translation>Image size per stage</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 of %2</source>
        <extracomment>Sizes panel progress bar; %1 = done, %2 = total (steps, or MB of layers read)</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No measurement yet: use &quot;Build &amp; Measure All Stages&quot;.</source>
        <translation>No measurement yet: use &quot;Build &amp; Measure All Stages&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size (MB)</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>final image</source>
        <extracomment>Chart bar: the image the build produces</extracomment>
        <translation>final image</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>final</source>
        <extracomment>the final image, in the saving line</extracomment>
        <translation>final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The final image (%1) is the largest stage: no saving from the other stages.</source>
        <translation>The final image (%1) is the largest stage: no saving from the other stages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The final stage was not built.</source>
        <translation>The final stage was not built.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, cached)</source>
        <extracomment>Stage list entry: %1 = stage name, %2 = size; every step came from the cache</extracomment>
        <translation>%1 (%2, cached)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, built in %3)</source>
        <extracomment>Stage list entry: %1 = stage name, %2 = size, %3 = build time (&quot;4.2 s&quot;)</extracomment>
        <translation>%1 (%2, built in %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <extracomment>Stage list entry: %1 = stage name, %2 = size</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not built.</source>
        <translation>%1 was not built.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>base</source>
        <extracomment>Layer table: the layer comes from the FROM image</extracomment>
        <translation>base</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Markdown report (*.md);;CSV table (*.csv);;JSON report (*.json);;Chart as PNG (*.png);;Chart as SVG (*.svg)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Markdown report (*.md);;CSV table (*.csv);;JSON report (*.json);;Chart as PNG (*.png);;Chart as SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose a .png or .svg file for the chart.</source>
        <translation>Choose a .png or .svg file for the chart.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::StageActions</name>
    <message>
        <location filename="../views/canvas/StageActions.cpp" line="+69"/>
        <source>Only artifact arrows (COPY --from) can be removed here; change the base of a stage with “Set Base Image”.</source>
        <translation>Only artifact arrows (COPY --from) can be removed here; change the base of a stage with “Set Base Image”.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Set Base Image</source>
        <translation>Set Base Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base image or earlier stage for %1:</source>
        <translation>Base image or earlier stage for %1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show in &amp;Editor</source>
        <translation>Show in &amp;Editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Arrow</source>
        <translation>&amp;Remove Arrow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Automatic Layout</source>
        <translation>&amp;Automatic Layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to View</source>
        <translation>&amp;Fit to View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;100%</source>
        <translation>Zoom &amp;100%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rename Stage</source>
        <translation>&amp;Rename Stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate Stage</source>
        <translation>D&amp;uplicate Stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Earlier</source>
        <translation>Move &amp;Earlier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Later</source>
        <translation>Move &amp;Later</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Base Image…</source>
        <translation>Set &amp;Base Image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpand</source>
        <translation>E&amp;xpand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ollapse</source>
        <translation>C&amp;ollapse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Stage</source>
        <translation>Re&amp;move Stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Stage and Its &amp;Arrows</source>
        <translation>Remove Stage and Its &amp;Arrows</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::StageCanvas</name>
    <message>
        <location filename="../views/canvas/StageCanvas.cpp" line="+437"/>
        <source>Drop the arrow on another block to copy an artifact into it.</source>
        <translation>Drop the arrow on another block to copy an artifact into it.</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>%1 is already in stage %2.</source>
        <translation>%1 is already in stage %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 comes before stage %2: a stage can only copy from stages above it. Move the stage, or drop on a later one.</source>
        <translation>Stage %1 comes before stage %2: a stage can only copy from stages above it. Move the stage, or drop on a later one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stage “%1” is no longer in the Dockerfile; read its files again after a build.</source>
        <translation>The stage “%1” is no longer in the Dockerfile; read its files again after a build.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown export format “%1”: use .png, .svg, .dot or .mmd.</source>
        <translation>Unknown export format “%1”: use .png, .svg, .dot or .mmd.</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::StageScene</name>
    <message>
        <location filename="../views/canvas/StageScene.cpp" line="+444"/>
        <source>The canvas layout file %1 could not be read and was ignored: %2</source>
        <translation>The canvas layout file %1 could not be read and was ignored: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not save the canvas layout to %1: %2</source>
        <translation>Could not save the canvas layout to %1: %2</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::WasteView</name>
    <message>
        <location filename="../views/panels/WasteView.cpp" line="+43"/>
        <source>Download, use and delete in one RUN.</source>
        <translation>Download, use and delete in one RUN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy less, or COPY into a builder stage and COPY --from only the result.</source>
        <translation>Copy less, or COPY into a builder stage and COPY --from only the result.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the step to a builder stage and COPY --from only the result.</source>
        <translation>Move the step to a builder stage and COPY --from only the result.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a slimmer base image: deleting its files saves nothing.</source>
        <translation>Pick a slimmer base image: deleting its files saves nothing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wasted space: efficiency %1, wasted %2 (%3 of the stage&apos;s own bytes)</source>
        <extracomment>Sizes dock. %1 = efficiency (percent), %2 = wasted size, %3 = wasted share of the stage&apos;s own bytes (percent)</extracomment>
        <translation>Wasted space: efficiency %1, wasted %2 (%3 of the stage&apos;s own bytes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>the base image</source>
        <translation>the base image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 added %2 that %3 replaced (%4)</source>
        <extracomment>%1 = &quot;line 2&quot;, %2 = size, %3 = &quot;line 3&quot;, %4 = the largest files</extracomment>
        <translation>%1 added %2 that %3 replaced (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added %2 that %3 removed (%4)</source>
        <translation>%1 added %2 that %3 removed (%4)</translation>
    </message>
</context>
</TS>
