<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/Cli.cpp" line="+243"/>
        <location line="+27"/>
        <source>Option %1 needs a value.</source>
        <extracomment>%1 = option name, e.g. --format</extracomment>
        <translation>विकल्प %1 को एक मान चाहिए।</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Unsupported language: %1 (use hi or en).</source>
        <extracomment>%1 = the value given to --lang</extracomment>
        <translation>यह भाषा समर्थित नहीं है: %1 (hi या en का उपयोग करें)।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown option: %1</source>
        <extracomment>%1 = the option as given</extracomment>
        <translation>अज्ञात विकल्प: %1</translation>
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
        <translation>उपयोग: stagecraft-cli COMMAND FILE [OPTIONS]

Dockerfile (FILE, या standard input के लिए -) पढ़कर उसके बारे में रिपोर्ट देता है।

कमांड:
  parse FILE [--format json|buildkit]
      निर्देश JSON में दिखाता है, या syntax tree उसी रूप में जैसे BuildKit उसे dump करता है।
  graph FILE [--format json|dot|mermaid] [--target STAGE]
             [--build-arg NAME=VALUE]...
      stage graph दिखाता है। STAGE किसी stage का नाम या index है।
  lint FILE [--format text|json|sarif] [--target STAGE]
            [--build-arg NAME=VALUE]... [--context DIR]
      Dockerfile की समस्याएँ बताता है। --context के साथ COPY sources और secret
      files को build context DIR से मिलाकर भी जाँचता है।
  print FILE
      फ़ाइल को parse करके बिना बदले वापस दिखाता है।
  edit FILE OPERATION [ARGUMENTS]...
      edit engine से Dockerfile बदलता है
      (देखें: stagecraft-cli edit --help)।
  build FILE [--target STAGE] [--tag TAG] [--build-arg NAME=VALUE]...
             [--builder auto|buildkit|classic] [--network MODE] [--host URL]
             [--allow-secrets]
      Docker Engine से image build करता है और build लॉग दिखाता है। builder:
      engine में हो तो BuildKit (auto), नहीं तो वही जो आप चुनें। secrets
      जैसी दिखने वाली फ़ाइलें (keys, .env, credentials) जो .dockerignore में
      नहीं हैं, build रोक देती हैं, जब तक --allow-secrets न दिया हो।
  measure FILE [--context DIR] [--target STAGE] [--build-arg NAME=VALUE]...
               [--builder auto|buildkit|classic] [--network MODE]
               [--no-cache] [--format text|json|markdown|csv] [--no-history]
               [--allow-secrets] [--waste] [--min-efficiency R]
               [--max-wasted SIZE] [--budget STAGE=SIZE]...
      हर stage build करके मापता है: image, आकार, Dockerfile की पंक्ति के अनुसार
      layers, build समय (और BuildKit में यह भी कि वह cache से आई या नहीं), हर
      artifact तीर के bytes, और बचत। यह माप FILE.stagecraft.json के इतिहास में
      रखा जाता है। --waste हर stage की बर्बाद जगह (dive की गिनती से) जोड़ता
      है; कोई शर्त (--min-efficiency, --max-wasted, --budget, या sidecar की)
      टूटे तो exit code 1 होता है।
  compare A B [--format text|json|markdown|csv]
      दो मापों की तुलना stage दर stage करता है (measure --format json फ़ाइलें, या
      मापी गई Dockerfiles: उनका सबसे नया माप)।
  engine [--host URL]
      इस्तेमाल हो रहा Docker Engine दिखाता है: endpoint, version और API version।
  render FILE -o OUT.svg|OUT.png [--target STAGE] [--build-arg NAME=VALUE]...
      stage canvas को offscreen बनाता है, जैसा स्क्रीन पर दिखता है (docs और slides के लिए)।

विकल्प:
  --lang hi|en   संदेशों की भाषा (डिफ़ॉल्ट: LC_ALL, LC_MESSAGES
                 या LANG से)।
  -h, --help     यह सहायता दिखाएँ।
  --version      version दिखाएँ।

निकास कोड: 0 जब सब ठीक हो; 1 जब त्रुटियाँ मिलें (lint त्रुटियाँ, BuildKit
फ़ाइल को अस्वीकार कर देगा, या build विफल हुआ); 2 गलत उपयोग पर, जब फ़ाइल पढ़ी
न जा सके, या जब engine तक पहुँचा न जा सके।
</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Missing command: use parse, graph, lint, print, edit, build, measure, compare or engine.</source>
        <translation>कमांड नहीं दी गई: parse, graph, lint, print, edit, build, measure, compare या engine का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command: %1 (use parse, graph, lint, print, edit, build, measure, compare or engine).</source>
        <extracomment>%1 = the command as given</extracomment>
        <translation>अज्ञात कमांड: %1 (parse, graph, lint, print, edit, build, measure, compare या engine का उपयोग करें)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing file: give a Dockerfile path, or - for standard input.</source>
        <translation>फ़ाइल नहीं दी गई: Dockerfile का path दें, या standard input के लिए - दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many arguments: %1</source>
        <extracomment>%1 = the first unexpected argument</extracomment>
        <translation>बहुत अधिक arguments: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Option %1 cannot be used with the %2 command.</source>
        <extracomment>%1 = option name, %2 = command name</extracomment>
        <translation>विकल्प %1 का उपयोग %2 कमांड के साथ नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format %1 for the %2 command (use %3).</source>
        <extracomment>%1 = the format given, %2 = command name, %3 = the accepted formats</extracomment>
        <translation>%2 कमांड के लिए अज्ञात format %1 (%3 का उपयोग करें)।</translation>
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
        <translation>%1: BuildKit इस फ़ाइल को अस्वीकार कर देगा।</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+25"/>
        <source>Unknown target stage: %1</source>
        <extracomment>%1 = the --target value as given</extracomment>
        <translation>अज्ञात target stage: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context directory not found: %1</source>
        <extracomment>%1 = the --context value as given</extracomment>
        <translation>context directory नहीं मिली: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot list the build context %1: a directory or its .dockerignore cannot be read, or .dockerignore is malformed.</source>
        <extracomment>%1 = the --context directory</extracomment>
        <translation>build context %1 की सूची नहीं बन सकी: कोई directory या उसकी .dockerignore पढ़ी नहीं जा सकती, या .dockerignore गलत लिखी है।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
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
            <numerusform>%Ln त्रुटि</numerusform>
            <numerusform>%Ln त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln चेतावनी</numerusform>
            <numerusform>%Ln चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln सूचना</numerusform>
            <numerusform>%Ln सूचनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run &apos;stagecraft-cli --help&apos; for usage.</source>
        <translation>उपयोग की जानकारी के लिए &apos;stagecraft-cli --help&apos; चलाएँ।</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../common/DiagnosticTable.cpp" line="+112"/>
        <source>Stage name &apos;%1&apos; should be lowercase.</source>
        <extracomment>%1 = stage name as written</extracomment>
        <translation>stage का नाम &apos;%1&apos; lowercase में होना चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; and &apos;%2&apos; keywords&apos; casing do not match.</source>
        <extracomment>%1 = the AS keyword as written, %2 = the FROM keyword as written</extracomment>
        <translation>&apos;%1&apos; और &apos;%2&apos; keywords का case मेल नहीं खाता।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicate stage name &apos;%1&apos;: stage names should be unique.</source>
        <extracomment>%1 = stage name</extracomment>
        <translation>stage का नाम &apos;%1&apos; दोहराया गया है: हर stage का नाम अलग होना चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage name &apos;%1&apos; is reserved and should not be used.</source>
        <extracomment>%1 = reserved name (scratch, context)</extracomment>
        <translation>stage का नाम &apos;%1&apos; आरक्षित है, इसका उपयोग न करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>FROM argument &apos;%1&apos; is not declared.</source>
        <extracomment>%1 = ARG name used in FROM</extracomment>
        <translation>FROM का argument &apos;%1&apos; घोषित नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM argument &apos;%1&apos; is not declared. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1 = ARG name used in FROM, %2 = a declared ARG with a similar name</extracomment>
        <translation>FROM का argument &apos;%1&apos; घोषित नहीं है। क्या आपका मतलब &apos;%2&apos; था?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Multiple %1 instructions should not be used in the same stage because only the last one is used.</source>
        <extracomment>%1 = instruction keyword (CMD, ENTRYPOINT, HEALTHCHECK)</extracomment>
        <translation>एक ही stage में कई %1 निर्देश न लिखें, क्योंकि केवल आख़िरी निर्देश ही लागू होता है।</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>JSON arguments are recommended for %1 to prevent unintended behavior related to OS signals.</source>
        <extracomment>%1 = instruction keyword (CMD, ENTRYPOINT)</extracomment>
        <translation>OS signals से जुड़े अनचाहे व्यवहार से बचने के लिए %1 में JSON arguments का उपयोग करें।</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Empty continuation line: empty continuation lines will become errors in a future release.</source>
        <translation>खाली continuation पंक्ति: भविष्य के किसी release में खाली continuation पंक्तियाँ त्रुटि मानी जाएँगी।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>MAINTAINER is deprecated: use LABEL maintainer=… instead.</source>
        <translation>MAINTAINER अब deprecated है: इसकी जगह LABEL maintainer=… का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Use &quot;%1 key=value&quot; instead of the legacy &quot;%1 key value&quot; format.</source>
        <extracomment>%1 = instruction keyword (ENV, LABEL)</extracomment>
        <translation>पुराने &quot;%1 key value&quot; format की जगह &quot;%1 key=value&quot; का उपयोग करें।</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Relative WORKDIR &apos;%1&apos; can give unexpected results if the base image changes.</source>
        <extracomment>%1 = the WORKDIR path</extracomment>
        <translation>relative WORKDIR &apos;%1&apos; से base image बदलने पर अनपेक्षित परिणाम मिल सकते हैं।</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The Dockerfile is empty.</source>
        <translation>Dockerfile खाली है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dockerfile has no instructions, only comments or blank lines.</source>
        <translation>Dockerfile में कोई निर्देश नहीं है, केवल टिप्पणियाँ या खाली पंक्तियाँ हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a value: write %1 name=value.</source>
        <extracomment>%1 = ENV or LABEL</extracomment>
        <translation>%1 के लिए मान ज़रूरी है: %1 name=value लिखें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Heredoc &apos;%1&apos; has no terminator line.</source>
        <extracomment>%1 = heredoc delimiter</extracomment>
        <translation>heredoc &apos;%1&apos; को बंद करने वाली पंक्ति नहीं मिली।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The &apos;%1&apos; parser directive may only be given once.</source>
        <extracomment>%1 = directive name (escape, syntax, check)</extracomment>
        <translation>parser directive &apos;%1&apos; केवल एक बार दिया जा सकता है।</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The protocol in EXPOSE &apos;%1&apos; should be lowercase.</source>
        <extracomment>%1 = the EXPOSE port specification (e.g. 80/TCP)</extracomment>
        <translation>EXPOSE &apos;%1&apos; में protocol lowercase में होना चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXPOSE should not define an IP address or a host-port mapping, found &apos;%1&apos;.</source>
        <extracomment>%1 = the EXPOSE port specification (e.g. 127.0.0.1:80:80)</extracomment>
        <translation>EXPOSE में IP address या host-port mapping न दें; &apos;%1&apos; मिला।</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Setting the platform to the predefined %1 in FROM is redundant: this is the default.</source>
        <extracomment>%1 = the platform value (e.g. $TARGETPLATFORM)</extracomment>
        <translation>FROM में platform को पहले से तय %1 पर सेट करना अनावश्यक है: यही डिफ़ॉल्ट है।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FROM --platform should not use the constant value &apos;%1&apos;.</source>
        <extracomment>%1 = the platform value (e.g. linux/amd64)</extracomment>
        <translation>FROM --platform में स्थिर मान &apos;%1&apos; का उपयोग न करें।</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Do not use ARG or ENV instructions for sensitive data (%1 &apos;%2&apos;).</source>
        <extracomment>%1 = instruction keyword (ARG or ENV), %2 = the variable name</extracomment>
        <translation>संवेदनशील डेटा के लिए ARG या ENV निर्देशों का उपयोग न करें (%1 &apos;%2&apos;)।</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Usage of undefined variable &apos;$%1&apos;.</source>
        <extracomment>%1 = variable name (without $)</extracomment>
        <translation>variable &apos;$%1&apos; परिभाषित नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage of undefined variable &apos;$%1&apos;. Did you mean &apos;$%2&apos;?</source>
        <extracomment>%1 = variable name (without $), %2 = a defined variable with a similar name</extracomment>
        <translation>variable &apos;$%1&apos; परिभाषित नहीं है। क्या आपका मतलब &apos;$%2&apos; था?</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Stage &apos;%1&apos; is not needed to build the target.</source>
        <extracomment>%1 = stage name, or its index when it has no name</extracomment>
        <translation>target को build करने के लिए stage &apos;%1&apos; की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Cannot find &apos;=&apos; in &apos;%1&apos;: it must have the form name=value.</source>
        <extracomment>%1 = the word without &apos;=&apos;</extracomment>
        <translation>&apos;%1&apos; में &apos;=&apos; नहीं मिला: यह name=value के रूप में होना चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON array may only contain strings.</source>
        <translation>JSON array में केवल strings हो सकती हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid escape character &apos;%1&apos;: use \ or `.</source>
        <extracomment>%1 = the escape value found</extracomment>
        <translation>अमान्य escape character &apos;%1&apos;: \ या ` का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The line is longer than the maximum of %1 bytes.</source>
        <extracomment>%1 = the maximum line length in bytes (65535)</extracomment>
        <translation>पंक्ति अधिकतम %1 बाइट से लंबी है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown instruction: %1.</source>
        <extracomment>%1 = the unknown keyword as written</extracomment>
        <translation>अज्ञात निर्देश: %1।</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The text is not valid UTF-8.</source>
        <translation>टेक्स्ट मान्य UTF-8 नहीं है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Dockerfile has no FROM instruction, so there is no stage to build.</source>
        <translation>Dockerfile में कोई FROM निर्देश नहीं है, इसलिए build करने के लिए कोई stage नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot come before the first FROM: only ARG can.</source>
        <extracomment>%1 = instruction keyword as written</extracomment>
        <translation>%1 पहले FROM से पहले नहीं आ सकता: केवल ARG आ सकता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FROM takes an image and optionally AS and a stage name, but has %1 arguments.</source>
        <extracomment>%1 = the number of arguments FROM has</extracomment>
        <translation>FROM में एक image और चाहें तो AS व stage का नाम होता है, पर इसमें %1 arguments हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid stage name &apos;%1&apos;: it must start with a letter and contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <extracomment>%1 = stage name as written</extracomment>
        <translation>stage का नाम &apos;%1&apos; अमान्य है: यह अक्षर से शुरू होना चाहिए और इसमें केवल अक्षर, अंक, &apos;-&apos;, &apos;_&apos; और &apos;.&apos; हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stage is named &apos;%1&apos;, so it is used as an image.</source>
        <extracomment>%1 = the reference as written (COPY --from, RUN --mount from=, FROM)</extracomment>
        <translation>&apos;%1&apos; नाम की कोई stage नहीं है, इसलिए इसे image माना जाएगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stage is named &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1 = the reference as written, %2 = the stage name it probably means</extracomment>
        <translation>&apos;%1&apos; नाम की कोई stage नहीं है। क्या आपका मतलब &apos;%2&apos; था?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; refers to stage &apos;%2&apos;, which is defined later in the file.</source>
        <extracomment>%1 = the reference as written, %2 = the later stage&apos;s name or index</extracomment>
        <translation>&apos;%1&apos; उस stage &apos;%2&apos; को दर्शाता है, जो फ़ाइल में बाद में परिभाषित है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage &apos;%1&apos; copies or mounts from itself.</source>
        <extracomment>%1 = the reference as written</extracomment>
        <translation>stage &apos;%1&apos; ख़ुद से ही copy या mount करती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages &apos;%1&apos; and &apos;%2&apos; depend on each other in a cycle.</source>
        <extracomment>%1 and %2 = the two stages (name or index) that depend on each other</extracomment>
        <translation>stages &apos;%1&apos; और &apos;%2&apos; एक चक्र में एक-दूसरे पर निर्भर हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage index %1 is out of range (number of stages: %2).</source>
        <extracomment>%1 = the numeric reference as written, %2 = the number of stages in the file</extracomment>
        <translation>stage index %1 सीमा से बाहर है (stages की संख्या: %2)।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Instruction &apos;%1&apos; should match the case of the other instructions (%2).</source>
        <extracomment>%1 = instruction keyword as written, %2 = &quot;lowercase&quot; or &quot;uppercase&quot; (translated separately)</extracomment>
        <translation>निर्देश &apos;%1&apos; का case बाकी निर्देशों जैसा (%2) होना चाहिए।</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The default ARG values in &apos;%1&apos; give an empty or invalid base image name.</source>
        <extracomment>%1 = the base image reference as written (e.g. ${BASE})</extracomment>
        <translation>&apos;%1&apos; में ARG के डिफ़ॉल्ट मानों से base image का नाम खाली या अमान्य बनता है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The final stage copies the whole build context (&apos;%1&apos;) although stage &apos;%2&apos; already builds from it: copy only what the app needs to run.</source>
        <extracomment>%1 = the COPY source as written (&quot;.&quot;, &quot;./&quot;, &quot;*&quot;), %2 = the builder stage&apos;s name or index</extracomment>
        <translation>final stage पूरा build context (&apos;%1&apos;) copy करती है, जबकि stage &apos;%2&apos; उसी से build कर चुकी है: सिर्फ़ वही copy करें जो app को चलने के लिए चाहिए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The final stage is based on &apos;%1&apos;, a full SDK image, although the build happens in stage &apos;%2&apos;: use a smaller runtime image such as %3.</source>
        <extracomment>%1 = the base image as written, %2 = the builder stage&apos;s name or index, %3 = suggested runtime images (image references, not translated)</extracomment>
        <translation>final stage &apos;%1&apos; पर आधारित है, जो पूरी SDK image है, जबकि build stage &apos;%2&apos; में होता है: %3 जैसी छोटी runtime image इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The final stage copies &apos;%1&apos; (%2): the app does not need it to run.</source>
        <extracomment>%1 = the COPY source as written, %2 = what it is (translated separately: the Git history, a cache, …)</extracomment>
        <translation>final stage &apos;%1&apos; (%2) copy करती है: app को चलने के लिए इसकी ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>COPY &apos;%1&apos; brings files that look secret into the image: %2. List them in .dockerignore.</source>
        <extracomment>%1 = the COPY source as written, %2 = the files that look secret (paths, comma-separated)</extracomment>
        <translation>COPY &apos;%1&apos; ऐसी files image में ले आता है जो secret लगती हैं: %2। इन्हें .dockerignore में लिखें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not in the build context.</source>
        <extracomment>%1 = the COPY source as written</extracomment>
        <translation>&apos;%1&apos; build context में नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not in the build context. Did you mean &apos;%2&apos;?</source>
        <extracomment>%1 = the COPY source as written, %2 = an existing path with a similar name</extracomment>
        <translation>&apos;%1&apos; build context में नहीं है। क्या आपका मतलब &apos;%2&apos; था?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is excluded by .dockerignore, so the build cannot copy it.</source>
        <extracomment>%1 = the COPY source as written</extracomment>
        <translation>&apos;%1&apos; को .dockerignore बाहर रखती है, इसलिए build इसे copy नहीं कर सकता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base image &apos;%1&apos; follows &apos;latest&apos;, so a rebuild can change it without notice: pin a version tag.</source>
        <extracomment>%1 = the base image as written (without a tag, or with :latest)</extracomment>
        <translation>base image &apos;%1&apos; &apos;latest&apos; पर चलती है, इसलिए दोबारा build करने पर वह बिना बताए बदल सकती है: कोई version tag pin करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base image &apos;%1&apos; is deprecated and gets no updates: use &apos;%2&apos; instead.</source>
        <extracomment>%1 = the base image as written, %2 = the image that replaces it (e.g. eclipse-temurin)</extracomment>
        <translation>base image &apos;%1&apos; deprecated है और उसे updates नहीं मिलते: उसकी जगह &apos;%2&apos; इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lowercase</source>
        <translation>छोटे अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uppercase</source>
        <translation>बड़े अक्षर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Git history</source>
        <translation>Git history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node_modules from the build context, installed for your computer</source>
        <translation>build context का node_modules, जो आपके कंप्यूटर के लिए install हुआ था</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>node_modules, which a static web server never uses</source>
        <translation>node_modules, जिसे static web server कभी इस्तेमाल नहीं करता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a package or build cache</source>
        <translation>package या build cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a build toolchain</source>
        <translation>build toolchain</translation>
    </message>
    <message>
        <location filename="../common/DiagnosticMessages.cpp" line="+16"/>
        <source>Make the stage name lowercase</source>
        <translation>stage का नाम lowercase करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match the casing of AS to FROM</source>
        <translation>AS का case FROM जैसा करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match the casing of the other instructions</source>
        <translation>बाकी निर्देशों जैसा case करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the JSON form</source>
        <translation>JSON रूप का उपयोग करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the empty continuation lines</source>
        <translation>खाली continuation पंक्तियाँ हटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with LABEL maintainer</source>
        <translation>LABEL maintainer से बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the key=value format</source>
        <translation>key=value format का उपयोग करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the protocol lowercase</source>
        <translation>protocol को lowercase करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the --platform flag</source>
        <translation>--platform flag हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested ARG name</source>
        <translation>सुझाया गया ARG नाम इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested variable name</source>
        <translation>सुझाया गया variable नाम इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested stage name</source>
        <translation>सुझाया गया stage नाम इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rename the stage</source>
        <translation>stage का नाम बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stage</source>
        <translation>stage हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the path absolute</source>
        <translation>path को absolute करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the runtime image</source>
        <translation>runtime image इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not copy it</source>
        <translation>इसे copy न करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested path</source>
        <translation>सुझाया गया path इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the maintained image</source>
        <translation>maintained image इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The builder stage already has the sources. Copying the whole context again puts source code, tests and stray files into the image you ship. Copy the built artifact, or only the files the app reads when it runs.</source>
        <translation>builder stage के पास source code पहले से है। पूरा context फिर से copy करने पर source code, tests और इधर-उधर पड़ी files उस image में पहुँच जाती हैं जिसे आप ship करते हैं। build से बना artifact copy करें, या सिर्फ़ वे files जिन्हें app चलते समय पढ़ता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SDK image carries compilers, package managers and headers that only the build needs. The final stage only runs the artifact, so a runtime image (slim, alpine, distroless, a JRE, nginx, or scratch for a static binary) is often hundreds of megabytes smaller.</source>
        <translation>SDK image में compiler, package manager और headers होते हैं, जिनकी ज़रूरत सिर्फ़ build को होती है। final stage सिर्फ़ artifact चलाती है, इसलिए runtime image (slim, alpine, distroless, JRE, nginx, या static binary के लिए scratch) अक्सर सैकड़ों मेगाबाइट छोटी होती है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Git history, dependency caches, node_modules from your computer and toolchains make the image bigger and can leak information. Keep them in the builder stage and copy only the result.</source>
        <translation>Git history, dependency cache, आपके कंप्यूटर का node_modules और toolchains image को बड़ा बनाते हैं और जानकारी लीक कर सकते हैं। इन्हें builder stage में ही रहने दें और सिर्फ़ नतीजा copy करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>COPY of a folder takes every file in it. A key, .env file or credential copied into a layer stays in the image even when a later step deletes it. Exclude such files in .dockerignore and pass secrets to the build with RUN --mount=type=secret.</source>
        <translation>किसी folder का COPY उसकी हर file ले लेता है। layer में copy हुई key, .env file या credential image में बनी रहती है, भले ही बाद का कोई step उसे मिटा दे। ऐसी files को .dockerignore से बाहर रखें और secrets को RUN --mount=type=secret से build तक पहुँचाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>COPY reads from the build context, the folder sent to Docker. A path that is not there makes the build fail.</source>
        <translation>COPY build context से पढ़ता है, यानी वह folder जो Docker को भेजा जाता है। जो path वहाँ नहीं है, उससे build विफल हो जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files that .dockerignore excludes are not sent to Docker, so COPY cannot find them. Remove the matching pattern, or copy something else.</source>
        <translation>जिन files को .dockerignore बाहर रखती है, वे Docker को भेजी नहीं जातीं, इसलिए COPY उन्हें नहीं ढूँढ पाता। मेल खाने वाला pattern हटाएँ, या कुछ और copy करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;latest&apos; moves whenever the publisher releases a new version, so the same Dockerfile can build a different image tomorrow. A version tag (alpine:3.20) or a digest keeps builds repeatable.</source>
        <translation>publisher जब भी नया version निकालता है, &apos;latest&apos; बदल जाता है, इसलिए वही Dockerfile कल अलग image बना सकती है। version tag (alpine:3.20) या digest से build दोहराने लायक़ रहते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deprecated image gets no more security updates. Its publisher names a maintained successor.</source>
        <translation>deprecated image को अब security updates नहीं मिलते। उसका publisher एक maintained उत्तराधिकारी बताता है।</translation>
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
        <translation>सुझाया गया सुधार लागू करें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <extracomment>Severity word in &quot;file:line:column: error: message&quot; output</extracomment>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning</source>
        <extracomment>Severity word in &quot;file:line:column: warning: message&quot; output</extracomment>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note</source>
        <extracomment>Severity word in &quot;file:line:column: note: message&quot; output</extracomment>
        <translation>सूचना</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../cli/DiffCommand.cpp" line="+76"/>
        <source>%1 needs a whole number (--limit 0 shows every change, --depth is 1 or more), not &quot;%2&quot;.</source>
        <extracomment>%1 = option, %2 = the value given</extracomment>
        <translation>%1 के लिए पूर्ण संख्या चाहिए (--limit 0 हर बदलाव दिखाता है, --depth 1 या अधिक होता है), &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>diff needs two images: stagecraft-cli diff A B (each an image name or ID, or a measured Dockerfile).</source>
        <translation>diff को दो image चाहिए: stagecraft-cli diff A B (हर एक image का नाम या ID, या मापी गई Dockerfile)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown format %1 (use %2).</source>
        <extracomment>%1 = the format given, %2 = the accepted formats</extracomment>
        <translation>अज्ञात format %1 (%2 का उपयोग करें)।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--stage-a and --stage-b need a measured Dockerfile or a measurement, and %1 is no file.</source>
        <extracomment>%1 = the argument that is no file</extracomment>
        <translation>--stage-a और --stage-b के लिए मापी गई Dockerfile या माप चाहिए, और %1 फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%2 has no stage %1 (use a stage name, #index or final).</source>
        <extracomment>%1 = stage, %2 = file</extracomment>
        <translation>%2 में stage %1 नहीं है (stage का नाम, #index या final दें)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 of %2 was not built in its latest measurement.</source>
        <translation>%2 के पिछले माप में stage %1 build नहीं हुई थी।</translation>
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
        <translation>%1 की फ़ाइलें पढ़ने में विफल: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n file(s), %1</source>
        <extracomment>%n = number of files, %1 = their size</extracomment>
        <translation>
            <numerusform>%n फ़ाइल, %1</numerusform>
            <numerusform>%n फ़ाइलें, %1</numerusform>
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
        <translation>हटीं: %1। नई: %2। बदलीं: %3 (%4)।</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unchanged: %n path(s), %1 of them with another modification time only.</source>
        <extracomment>%n = paths in both images that are the same; %1 = those with only a new mtime</extracomment>
        <translation>
            <numerusform>अपरिवर्तित: %n पथ, इनमें से %1 में केवल बदलाव का समय अलग है।</numerusform>
            <numerusform>अपरिवर्तित: %n पथ, इनमें से %1 में केवल बदलाव का समय अलग है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gone %1</source>
        <extracomment>Directory roll-up: %1 = files and bytes gone</extracomment>
        <translation>हटीं %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new %1</source>
        <translation>नई %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>changed %n file(s) (%1)</source>
        <extracomment>Directory roll-up: %n = changed files, %1 = signed size change</extracomment>
        <translation>
            <numerusform>बदली %n फ़ाइल (%1)</numerusform>
            <numerusform>बदलीं %n फ़ाइलें (%1)</numerusform>
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
        <translation>फ़ाइलों के अंतर:
  diff A B [--stage-a STAGE] [--stage-b STAGE] [--format text|json|markdown]
           [--limit N] [--depth N] [--mtime] [--host URL]
      दो image की फ़ाइलों की तुलना करें (नाम या ID, या मापी गई
      Dockerfile: उसकी final stage, या जिसका नाम दिया गया हो): क्या हटा, क्या नया है,
      क्या बदला, सबसे बड़ा पहले (--limit 0 सब दिखाता है), और हर फ़ोल्डर का
      जोड़ N स्तर गहराई तक (--depth, डिफ़ॉल्ट 2)।
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gone</source>
        <extracomment>A file in image A that image B lacks</extracomment>
        <translation>हटी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <extracomment>A file in image B that image A lacks</extracomment>
        <translation>नई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>बदली</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type %1 → %2</source>
        <extracomment>%1 → %2 = file types (file, directory, symlink…), kept in English</extracomment>
        <translation>प्रकार %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode %1 → %2</source>
        <extracomment>Permission bits: %1 → %2 (octal)</extracomment>
        <translation>अनुमतियाँ %1 → %2</translation>
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
        <translation>बदलाव का समय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Biggest differences:</source>
        <translation>सबसे बड़े अंतर:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+33"/>
        <source>…and %n more (--limit 0 shows all).</source>
        <extracomment>%n = changes not shown</extracomment>
        <translation>
            <numerusform>…और %n (--limit 0 सब दिखाता है)।</numerusform>
            <numerusform>…और %n (--limit 0 सब दिखाता है)।</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>By directory:</source>
        <translation>फ़ोल्डर के अनुसार:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File differences</source>
        <translation>फ़ाइलों के अंतर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Biggest differences</source>
        <translation>सबसे बड़े अंतर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>क्या बदला</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By directory</source>
        <translation>फ़ोल्डर के अनुसार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Differences</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the files of %1…</source>
        <extracomment>Progress on standard error: %1 = image</extracomment>
        <translation>%1 की फ़ाइलें पढ़ी जा रही हैं…</translation>
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
        <translation>उपयोग: stagecraft-cli edit FILE OPERATION [ARGUMENTS] [--in-place] [--diff]

edit engine से एक बदलाव लागू करता है: सिर्फ़ उतना text बदला जाता है जितना बदलाव के लिए
ज़रूरी है; बाकी comments, formatting और line ends जैसे थे वैसे ही रहते हैं।
Stage को उसके नाम या 0 से गिने गए index से बताएँ; instruction को उसकी पंक्ति से।

Operations (कार्य):
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
  --json &apos;{&quot;op&quot;: &quot;rename-stage&quot;, ...}&apos;  (यही operations, JSON में)

आउटपुट: नया text standard output पर; --diff देने पर उसकी जगह unified diff;
--in-place फ़ाइल को atomic तरीके से लिखता है।
Exit status: 0 हो गया, 1 बदलाव अस्वीकार हुआ (कारण छपता है, कुछ नहीं लिखा जाता),
2 उपयोग या input की त्रुटि।
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Run &apos;stagecraft-cli edit --help&apos; for usage.</source>
        <translation>उपयोग देखने के लिए &apos;stagecraft-cli edit --help&apos; चलाएँ।</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 needs at least %n argument(s).</source>
        <extracomment>%1 = operation name, %2 = how many arguments it needs at least</extracomment>
        <translation>
            <numerusform>%1 को कम से कम %n argument चाहिए।</numerusform>
            <numerusform>%1 को कम से कम %n arguments चाहिए।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+228"/>
        <source>Too many arguments: %1</source>
        <extracomment>%1 = the first unexpected argument</extracomment>
        <translation>बहुत ज़्यादा arguments: %1</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>&quot;%1&quot; is not a line number.</source>
        <extracomment>%1 = what was given as a line number</extracomment>
        <translation>&quot;%1&quot; पंक्ति संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give --after or --before, not both.</source>
        <translation>--after या --before में से एक दें, दोनों नहीं।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>move-stage needs exactly one of --after or --before.</source>
        <translation>move-stage के लिए --after या --before में से ठीक एक दें।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>retarget-copy needs --from, --to or both.</source>
        <translation>retarget-copy के लिए --from, --to या दोनों दें।</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>&quot;%1&quot; is not a position (0 is right after FROM).</source>
        <translation>&quot;%1&quot; कोई स्थान नहीं है (0 का मतलब FROM के ठीक बाद)।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown operation: %1</source>
        <extracomment>%1 = the operation as given</extracomment>
        <translation>अज्ञात operation: %1</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Option %1 needs a value.</source>
        <extracomment>%1 = option name</extracomment>
        <translation>Option %1 के लिए मान दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown option: %1</source>
        <extracomment>%1 = the option as given</extracomment>
        <translation>अज्ञात option: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing file: give a Dockerfile path, or - for standard input.</source>
        <translation>फ़ाइल नहीं दी गई: Dockerfile का path दें, या standard input के लिए - दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--in-place needs a file, not standard input.</source>
        <translation>--in-place के लिए फ़ाइल चाहिए, standard input नहीं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid JSON operation: %1</source>
        <extracomment>%1 = what is wrong with the JSON operation</extracomment>
        <translation>JSON operation सही नहीं है: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing operation: see &apos;stagecraft-cli edit --help&apos;.</source>
        <translation>operation नहीं दिया गया: &apos;stagecraft-cli edit --help&apos; देखें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not write %1: %2</source>
        <extracomment>%1 = file, %2 = the system&apos;s reason</extracomment>
        <translation>%1 लिखने में विफल: %2</translation>
    </message>
</context>
<context>
    <name>EditMessages</name>
    <message>
        <location filename="../common/EditMessages.cpp" line="+18"/>
        <source>&quot;%1&quot; is not an image reference: give a name like alpine:3.20 without spaces.</source>
        <extracomment>%1 = what was given as an image reference</extracomment>
        <translation>&quot;%1&quot; image का नाम नहीं है: alpine:3.20 जैसा नाम बिना spaces के दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid stage name: start with a letter, then use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; stage का मान्य नाम नहीं है: नाम अक्षर से शुरू करें, फिर अक्षर, अंक, &apos;-&apos;, &apos;_&apos; या &apos;.&apos; इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is reserved by Docker and cannot name a stage.</source>
        <translation>&quot;%1&quot; Docker के लिए आरक्षित है, इसे stage का नाम नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another stage is already named &quot;%1&quot; (stage names ignore case).</source>
        <translation>किसी दूसरी stage का नाम पहले से &quot;%1&quot; है (stage के नामों में छोटे-बड़े अक्षरों का फ़र्क नहीं माना जाता)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no stage &quot;%1&quot;: give a stage name or its 0-based index.</source>
        <translation>&quot;%1&quot; नाम की कोई stage नहीं है: stage का नाम या 0 से गिना गया index दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the stage goes: --before STAGE or --after STAGE.</source>
        <translation>बताएँ कि stage कहाँ जाए: --before STAGE या --after STAGE।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 uses stage %2 (line %3); after this move it would come first, which is not allowed.</source>
        <extracomment>%1 = stage that uses %2; %3 = line number</extracomment>
        <translation>Stage %1, stage %2 का इस्तेमाल करती है (पंक्ति %3); इस बदलाव के बाद वह पहले आ जाएगी, जिसकी अनुमति नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %2 is built on stage %1 (FROM %1): change its base first, or remove it without --cascade.</source>
        <translation>Stage %2, stage %1 पर बनी है (FROM %1): पहले उसका base बदलें, या --cascade के बिना हटाएँ।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stage cannot use itself (%1).</source>
        <translation>कोई stage खुद का इस्तेमाल नहीं कर सकती (%1)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %2 cannot use %1: a stage can only use stages written before it.</source>
        <translation>Stage %2, %1 का इस्तेमाल नहीं कर सकती: stage सिर्फ़ अपने से पहले लिखी stages का इस्तेमाल कर सकती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a platform: use a value like linux/amd64.</source>
        <translation>&quot;%1&quot; platform नहीं है: linux/amd64 जैसा मान दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one source path to copy.</source>
        <translation>कॉपी करने के लिए कम से कम एक source path दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the destination path to copy to.</source>
        <translation>कॉपी का destination path दें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instruction starts at line %1.</source>
        <translation>पंक्ति %1 पर कोई instruction शुरू नहीं होता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instruction of stage %2 starts at line %1.</source>
        <translation>पंक्ति %1 पर stage %2 का कोई instruction शुरू नहीं होता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruction at line %1 is not a COPY --from or ADD --from.</source>
        <translation>पंक्ति %1 का instruction COPY --from या ADD --from नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruction at line %2 does not copy &quot;%1&quot;.</source>
        <translation>पंक्ति %2 का instruction &quot;%1&quot; को कॉपी नहीं करता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not one Dockerfile instruction.</source>
        <translation>&quot;%1&quot; एक Dockerfile instruction नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A FROM line starts a new stage: add a stage instead.</source>
        <translation>FROM पंक्ति नई stage शुरू करती है: इसकी जगह stage जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line of a stage must stay a FROM instruction.</source>
        <translation>Stage की पहली पंक्ति FROM instruction ही रहनी चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 is a stage&apos;s FROM: remove the stage instead.</source>
        <translation>पंक्ति %1 किसी stage का FROM है: इसकी जगह stage हटाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instruction at line %1 cannot be moved inside its stage.</source>
        <translation>पंक्ति %1 का instruction उसकी stage के अंदर नहीं खिसकाया जा सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change overlaps itself and was not applied.</source>
        <translation>यह बदलाव अपने ही हिस्सों से टकराता है, इसलिए लागू नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change was refused (%1).</source>
        <extracomment>%1 = an internal refusal code</extracomment>
        <translation>बदलाव अस्वीकार किया गया (%1)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An operation must be a JSON object.</source>
        <translation>operation एक JSON object होना चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <extracomment>%1 = the name of a JSON field (&quot;name&quot;, &quot;stage&quot;, &quot;op&quot;)</extracomment>
        <translation>field &quot;%1&quot; नहीं दिया गया है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be a string.</source>
        <translation>field &quot;%1&quot; एक string होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>field &quot;%1&quot; एक पूर्ण संख्या होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>field &quot;%1&quot; true या false होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field &quot;%1&quot; must be a list of strings.</source>
        <translation>field &quot;%1&quot; strings की सूची होना चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no operation &quot;%1&quot;: see &apos;stagecraft-cli edit --help&apos;.</source>
        <extracomment>%1 = the operation name given in the JSON</extracomment>
        <translation>&quot;%1&quot; नाम का कोई operation नहीं है: &apos;stagecraft-cli edit --help&apos; देखें।</translation>
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
        <translation>विकल्प %1 को एक मान चाहिए।</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../cli/EngineCli.cpp" line="-51"/>
        <location line="+96"/>
        <location filename="../cli/MeasureCommand.cpp" line="+7"/>
        <source>Unknown option for %1: %2</source>
        <translation>%1 के लिए अनजाना विकल्प: %2</translation>
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
        <translation>API संस्करण: %1 (engine %2, Stagecraft %3)</translation>
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
        <translation>अनजान builder %1: auto, buildkit या classic लिखें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Option %1 expects NAME=VALUE.</source>
        <translation>विकल्प %1 को NAME=VALUE चाहिए।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing the Dockerfile: stagecraft-cli %1 FILE [--context DIR]</source>
        <extracomment>%1 = command name (build, measure)</extracomment>
        <translation>Dockerfile नहीं दी गई: stagecraft-cli %1 FILE [--context DIR]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1.</source>
        <translation>%1 पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The build context %1 is not a directory.</source>
        <translation>build context %1 फ़ोल्डर नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The build context has %n file(s) that look like secrets and are not excluded by .dockerignore: %1. Nothing was sent. Add them to .dockerignore, or build with --allow-secrets to send them anyway.</source>
        <extracomment>%n = number of files, %1 = their paths, comma-separated</extracomment>
        <translation>
            <numerusform>Build context में %n फ़ाइल है जो secret जैसी दिखती है और .dockerignore से बाहर नहीं की गई: %1। कुछ नहीं भेजा गया। उसे .dockerignore में जोड़ें, या फिर भी भेजने के लिए --allow-secrets के साथ build करें।</numerusform>
            <numerusform>Build context में %n फ़ाइलें हैं जो secret जैसी दिखती हैं और .dockerignore से बाहर नहीं की गईं: %1। कुछ नहीं भेजा गया। उन्हें .dockerignore में जोड़ें, या फिर भी भेजने के लिए --allow-secrets के साथ build करें।</numerusform>
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
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../common/EngineMessages.cpp" line="+28"/>
        <source>The Docker endpoint “%1” is not valid. Check DOCKER_HOST or the docker context.</source>
        <translation>Docker endpoint “%1” मान्य नहीं है। DOCKER_HOST या docker context जाँचें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Docker engine is not running at %1. Start Docker (for example “sudo systemctl start docker”) and try again.</source>
        <translation>%1 पर Docker engine नहीं चल रहा है। Docker शुरू करें (जैसे “sudo systemctl start docker”) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied on the Docker socket %1. Add yourself to the “docker” group (then log in again), or use the rootless Docker socket.</source>
        <extracomment>%1 is a socket path. &quot;docker&quot; is the Unix group name.</extracomment>
        <translation>Docker socket %1 पर अनुमति नहीं मिली। ख़ुद को “docker” group में जोड़ें (फिर दोबारा लॉग इन करें), या rootless Docker socket इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the Docker engine: %1</source>
        <translation>Docker engine से जुड़ने में विफल: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine at %1 did not accept the connection in time.</source>
        <translation>%1 पर Docker engine ने समय पर connection स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The Docker endpoint “%1” is not supported. Use a unix://, tcp://, npipe:// or ssh:// endpoint.</source>
        <translation>Docker endpoint “%1” समर्थित नहीं है। unix://, tcp://, npipe:// या ssh:// endpoint इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Docker engine stopped answering (no data for %1 seconds). It may be hung or overloaded: check it with “docker info”, restart it if needed (for example “sudo systemctl restart docker”), then try again.</source>
        <translation>Docker engine ने जवाब देना बंद कर दिया (%1 सेकंड तक कोई data नहीं)। हो सकता है वह अटक गया हो या उस पर बहुत भार हो: “docker info” से जाँचें, ज़रूरत हो तो उसे फिर से शुरू करें (जैसे “sudo systemctl restart docker”), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS connection to the Docker engine failed: %1. Check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.</source>
        <translation>Docker engine से TLS connection विफल: %1। DOCKER_CERT_PATH और DOCKER_TLS_VERIFY जाँचें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the Docker engine was lost before the reply was complete.</source>
        <translation>जवाब पूरा होने से पहले Docker engine से connection टूट गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine sent a reply that is not valid HTTP (%1). Is the endpoint really a Docker engine?</source>
        <translation>Docker engine ने ऐसा जवाब भेजा जो मान्य HTTP नहीं है (%1)। क्या यह endpoint सचमुच Docker engine है?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine speaks API version %1, but Stagecraft needs at least %2. Update Docker.</source>
        <translation>Docker engine API संस्करण %1 इस्तेमाल करता है, पर Stagecraft को कम से कम %2 चाहिए। Docker अपडेट करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine refused the request (HTTP %1): %2</source>
        <translation>Docker engine ने अनुरोध अस्वीकार किया (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The build failed at step %1 (Dockerfile line %2: %3): %4</source>
        <extracomment>%1 step number, %2 Dockerfile line, %3 instruction, %4 engine&apos;s message</extracomment>
        <translation>build चरण %1 पर विफल (Dockerfile पंक्ति %2: %3): %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The build failed at step %1 (%2): %3</source>
        <translation>build चरण %1 पर विफल (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>The build failed: %1</source>
        <translation>build विफल: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not read the build context: %1</source>
        <translation>build context पढ़ने में विफल: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Dockerfile has no FROM instruction.</source>
        <translation>Dockerfile में कोई FROM निर्देश नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown target stage: %1</source>
        <translation>अज्ञात target stage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no local image “%1”. Build the stage first, or pick an image from the list.</source>
        <translation>“%1” नाम की कोई local image नहीं है। पहले stage को build करें, या सूची से कोई image चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine created no container for %1.</source>
        <translation>engine ने %1 के लिए कोई container नहीं बनाया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The temporary container %1 could not be removed: %2</source>
        <extracomment>%1 = container ID, %2 = the engine&apos;s message</extracomment>
        <translation>अस्थायी container %1 हटाने में विफल: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine sent an archive that could not be read: %1</source>
        <translation>engine से आया archive पढ़ने में विफल: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base image could not be read: %1</source>
        <translation>base image पढ़ने में विफल: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 = file, %2 = system message</extracomment>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 = file, %2 = system message</extracomment>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
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
        <translation>%1 में &quot;measurements&quot; array नहीं है; माप सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a valid sidecar (not a JSON object); the measurement was not saved. Fix or move the file and measure again.</source>
        <extracomment>%1 = file</extracomment>
        <translation>%1 मान्य sidecar नहीं है (JSON object नहीं); माप सहेजा नहीं गया। फ़ाइल ठीक करें या हटाएँ और फिर से मापें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Docker engine sent BuildKit progress that cannot be read (%1); the build was stopped. Try again, or build with the classic builder.</source>
        <extracomment>%1 = what is wrong (technical, English)</extracomment>
        <translation>Docker engine ने BuildKit की ऐसी progress भेजी जो पढ़ी नहीं जा सकती (%1); build रोक दिया गया। फिर कोशिश करें, या classic builder से build करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This engine offers no BuildKit builder (API %1; BuildKit needs Docker 18.09 or later). Choose the classic builder or &quot;auto&quot;.</source>
        <extracomment>%1 = the engine&apos;s API version</extracomment>
        <translation>इस engine में BuildKit builder नहीं है (API %1; BuildKit के लिए Docker 18.09 या नया चाहिए)। classic builder या &quot;auto&quot; चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Docker engine did not open a BuildKit session (%1); the build context is sent whole as an archive instead, which is slower on rebuilds.</source>
        <extracomment>%1 = what the engine answered (technical, English)</extracomment>
        <translation>Docker engine ने BuildKit session नहीं खोला (%1); इसलिए build context पूरा एक archive के रूप में भेजा जा रहा है, जिससे दोबारा build धीमा होता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The BuildKit session broke while the Docker engine was reading the build context (%1); the build was stopped. Try again.</source>
        <extracomment>%1 = what happened (technical, English)</extracomment>
        <translation>Docker engine जब build context पढ़ रहा था, तब BuildKit session टूट गया (%1); build रोक दिया गया। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker endpoint %1 needs the “ssh” program, which was not found. Install OpenSSH (for example “sudo apt install openssh-client”).</source>
        <translation>Docker endpoint %1 के लिए “ssh” program चाहिए, जो नहीं मिला। OpenSSH इंस्टॉल करें (जैसे “sudo apt install openssh-client”)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH does not know the host key of %1, and Stagecraft never asks. Trust it once: run “ssh %1” in a terminal, check the key&apos;s fingerprint and answer “yes” (this adds it to ~/.ssh/known_hosts), then try again.</source>
        <extracomment>%1 = host name; “ssh %1” is a command to type in a terminal</extracomment>
        <translation>SSH %1 की host key नहीं जानता, और Stagecraft कभी पूछता नहीं। उस पर एक बार भरोसा करें: terminal में “ssh %1” चलाएँ, key का fingerprint जाँचें और “yes” लिखें (इससे वह ~/.ssh/known_hosts में जुड़ जाती है), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host key of %1 has CHANGED since you last connected: this can be an attack, or the machine was reinstalled. Check with its administrator, then remove the old key with “ssh-keygen -R %1”.</source>
        <extracomment>%1 = host name</extracomment>
        <translation>पिछले connection के बाद %1 की host key बदल गई है: यह हमला हो सकता है, या मशीन फिर से इंस्टॉल हुई है। उसके administrator से पूछें, फिर “ssh-keygen -R %1” से पुरानी key हटाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH refused the login to %1 (permission denied). No SSH agent is running and Stagecraft cannot ask for a password: start one and add your key (“ssh-add ~/.ssh/id_ed25519”), or name the key with IdentityFile in ~/.ssh/config.</source>
        <extracomment>%1 = user@host</extracomment>
        <translation>SSH ने %1 पर login नहीं होने दिया (अनुमति नहीं मिली)। कोई SSH agent नहीं चल रहा है और Stagecraft password नहीं पूछ सकता: agent शुरू करके अपनी key जोड़ें (“ssh-add ~/.ssh/id_ed25519”), या ~/.ssh/config में IdentityFile से key का नाम दें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH refused the login to %1 (permission denied). None of the keys in your SSH agent (%2) or ~/.ssh was accepted, and Stagecraft cannot ask for a password: add the right key (“ssh-add ~/.ssh/id_ed25519”) or name it with IdentityFile in ~/.ssh/config, and make sure its public key is in the remote ~/.ssh/authorized_keys.</source>
        <extracomment>%1 = user@host, %2 = the agent&apos;s socket (SSH_AUTH_SOCK)</extracomment>
        <translation>SSH ने %1 पर login नहीं होने दिया (अनुमति नहीं मिली)। आपके SSH agent (%2) या ~/.ssh की कोई भी key स्वीकार नहीं हुई, और Stagecraft password नहीं पूछ सकता: सही key जोड़ें (“ssh-add ~/.ssh/id_ed25519”) या ~/.ssh/config में IdentityFile से उसका नाम दें, और देखें कि उसकी public key remote की ~/.ssh/authorized_keys में है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SSH connection to the Docker engine failed: %1. The remote machine needs the docker command (Stagecraft runs “docker system dial-stdio” there).</source>
        <translation>Docker engine से SSH connection विफल: %1। remote मशीन पर docker command होना चाहिए (Stagecraft वहाँ “docker system dial-stdio” चलाता है)।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not built: an earlier stage failed.</source>
        <translation>Build नहीं हुआ: पहले का कोई stage विफल हुआ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine reported no image for this stage.</source>
        <translation>engine ने इस stage की कोई image नहीं बताई।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source stage was not built.</source>
        <translation>स्रोत stage build नहीं हुआ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses a variable; it is not measured.</source>
        <extracomment>%1 = a COPY source path</extracomment>
        <translation>%1 में variable है; इसे मापा नहीं गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The COPY names no source path.</source>
        <translation>COPY में कोई स्रोत path नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the source stage&apos;s image.</source>
        <extracomment>%1 = a COPY source path</extracomment>
        <translation>%1 स्रोत stage की image में नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine&apos;s archive of %1 could not be read.</source>
        <extracomment>%1 = a COPY source path</extracomment>
        <translation>engine से मिला %1 का archive पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not valid JSON</source>
        <translation>मान्य JSON नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>मौजूद नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an integer</source>
        <translation>पूर्णांक अपेक्षित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string</source>
        <translation>string अपेक्षित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected true or false</source>
        <translation>true या false अपेक्षित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an array</source>
        <translation>array अपेक्षित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an object</source>
        <translation>object अपेक्षित</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>out of range</source>
        <translation>सीमा से बाहर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported version %1</source>
        <translation>असमर्थित version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an ISO 8601 date and time</source>
        <translation>ISO 8601 तारीख़ और समय नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no stage has index %1</source>
        <translation>किसी stage का index %1 नहीं है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sidecar is not valid JSON.</source>
        <translation>sidecar मान्य JSON नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sidecar&apos;s top level is not a JSON object.</source>
        <translation>sidecar का शीर्ष स्तर JSON object नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;measurements&quot; in the sidecar is not an array.</source>
        <translation>sidecar में &quot;measurements&quot; array नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measurement %1 in the sidecar cannot be read: %2</source>
        <extracomment>%1 = position in the history (0 = oldest), %2 = what is wrong</extracomment>
        <translation>sidecar का माप %1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Building…</source>
        <translation>Build हो रहा है…</translation>
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
        <translation>stage %1 मापा जा रहा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring the arrow %1 → %2 (line %3)</source>
        <extracomment>%1 = source stage, %2 = target stage, %3 = Dockerfile line</extracomment>
        <translation>तीर %1 → %2 (पंक्ति %3) मापा जा रहा है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analysing the wasted space of stage %1 (%2 of about %3 MB)</source>
        <extracomment>Reading every layer of a stage image. %1 = stage, %2 = MB read, %3 = about how many MB</extracomment>
        <translation>stage %1 की बर्बाद जगह जाँची जा रही है (लगभग %3&#xa0;MB में से %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inspecting %1 …</source>
        <translation>%1 की जाँच हो रही है …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the files of %1 …</source>
        <translation>%1 की फ़ाइलें पढ़ी जा रही हैं …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the files of the base image %1 …</source>
        <translation>base image %1 की फ़ाइलें पढ़ी जा रही हैं …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1: &quot;# syntax=%2&quot; makes BuildKit fetch that Dockerfile frontend from a registry, and the engine cannot reach one. Remove the line to build with the engine&apos;s built-in frontend.</source>
        <extracomment>%1 = line, %2 = the directive&apos;s value (docker/dockerfile:1.4)</extracomment>
        <translation>पंक्ति %1: &quot;# syntax=%2&quot; से BuildKit वह Dockerfile frontend registry से लाता है, और engine किसी registry तक नहीं पहुँच सकता। engine के अपने frontend से build करने के लिए यह पंक्ति हटाएँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know heredocs (%2 &lt;&lt;EOF); they need frontend 1.4 or later. Write the commands on one line, or use a newer engine.</source>
        <extracomment>%1 = line, %2 = instruction keyword (RUN, COPY)</extracomment>
        <translation>पंक्ति %1: इस engine का अपना Dockerfile frontend (Docker 23 से पहले) heredocs (%2 &lt;&lt;EOF) नहीं जानता; इनके लिए frontend 1.4 या नया चाहिए। commands एक पंक्ति में लिखें, या नया engine इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know %2 --link; it needs frontend 1.4 or later. Remove --link, or use a newer engine.</source>
        <extracomment>%1 = line, %2 = instruction keyword (COPY, ADD)</extracomment>
        <translation>पंक्ति %1: इस engine का अपना Dockerfile frontend (Docker 23 से पहले) %2 --link नहीं जानता; इसके लिए frontend 1.4 या नया चाहिए। --link हटाएँ, या नया engine इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>BuildKit: &quot;# syntax=%1&quot; makes BuildKit fetch that Dockerfile frontend from a registry, and the engine cannot reach one. Remove the line to build with the engine&apos;s built-in frontend.</source>
        <extracomment>Problems dock. %1 = the directive&apos;s value (docker/dockerfile:1.4)</extracomment>
        <translation>BuildKit: &quot;# syntax=%1&quot; के कारण BuildKit वह Dockerfile frontend किसी registry से लाता है, और engine किसी registry तक नहीं पहुँच सकता। engine के built-in frontend से build करने के लिए यह पंक्ति हटाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BuildKit: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know heredocs (%1 &lt;&lt;EOF); they need frontend 1.4 or later. Write the commands on one line, or use a newer engine.</source>
        <extracomment>Problems dock. %1 = instruction keyword (RUN, COPY)</extracomment>
        <translation>BuildKit: इस engine का built-in Dockerfile frontend (Docker 23 से पहले) heredoc (%1 &lt;&lt;EOF) नहीं जानता; इनके लिए frontend 1.4 या नया चाहिए। commands एक पंक्ति में लिखें, या नया engine इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BuildKit: this engine&apos;s built-in Dockerfile frontend (Docker before 23) does not know %1 --link; it needs frontend 1.4 or later. Remove --link, or use a newer engine.</source>
        <extracomment>Problems dock. %1 = instruction keyword (COPY, ADD)</extracomment>
        <translation>BuildKit: इस engine का built-in Dockerfile frontend (Docker 23 से पहले) %1 --link नहीं जानता; इसके लिए frontend 1.4 या नया चाहिए। --link हटाएँ, या नया engine इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <location filename="../common/FileLoader.cpp" line="+43"/>
        <location line="+26"/>
        <source>File is larger than 64 MB: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>फ़ाइल 64&#xa0;MB से बड़ी है: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>File looks binary, not like a Dockerfile: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>फ़ाइल binary लगती है, Dockerfile नहीं: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File not found: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>फ़ाइल नहीं मिली: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path is a directory, not a file: %1</source>
        <extracomment>%1 = path of a directory given where a file was expected</extracomment>
        <translation>path एक फ़ोल्डर है, फ़ाइल नहीं: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>Cannot read file: %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Not a regular file: %1</source>
        <extracomment>%1 = path of a device or socket</extracomment>
        <translation>यह सामान्य फ़ाइल नहीं है: %1</translation>
    </message>
</context>
<context>
    <name>LegendItem</name>
    <message>
        <location filename="../views/canvas/LegendItem.cpp" line="+31"/>
        <source>Legend</source>
        <translation>चिह्नों का अर्थ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifact copy (COPY --from)</source>
        <translation>build से बनी फ़ाइलों की कॉपी (COPY --from)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on (FROM)</source>
        <translation>इस पर आधारित (FROM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount (RUN --mount from=)</source>
        <translation>mount (RUN --mount from=)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External image</source>
        <translation>बाहरी image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final stage (the build target)</source>
        <translation>अंतिम stage (build का target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faded: not needed by the target</source>
        <translation>फीकी: target को इसकी ज़रूरत नहीं</translation>
    </message>
</context>
<context>
    <name>LessonCatalog</name>
    <message>
        <location filename="../app/LessonCatalog.cpp" line="+50"/>
        <source>The lessons could not be read from %1: %2</source>
        <extracomment>%1 = file, %2 = what is wrong with it</extracomment>
        <translation>पाठ %1 से पढ़े नहीं जा सके: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is missing</source>
        <translation>फ़ाइल मौजूद नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 = parser message, %2 = byte offset</extracomment>
        <translation>मान्य JSON नहीं है (byte %2 पर %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“version” must be 1</source>
        <translation>“version” 1 होना चाहिए</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“lessons” must be a list with at least one lesson</source>
        <translation>“lessons” कम से कम एक पाठ वाली सूची होनी चाहिए</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no “id”</source>
        <translation>%1 में “id” नहीं है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no English title (“title”.“en”)</source>
        <translation>%1 में अंग्रेज़ी शीर्षक (“title”.“en”) नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no steps</source>
        <translation>%1 में कोई चरण नहीं है</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs an “id” and a “file”</source>
        <translation>%1 में “id” और “file” होने चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “file” must be a plain name</source>
        <translation>%1: “file” केवल एक सादा नाम होना चाहिए</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “template” must be one of %2 or null</source>
        <extracomment>%1 = location, %2 = the allowed names</extracomment>
        <translation>%1: “template” इनमें से एक होना चाहिए: %2, या null</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “variant” must be “after”, “before” or null</source>
        <translation>%1: “variant” “after”, “before” या null होना चाहिए</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “example” must be “examples/&lt;name&gt;” or null</source>
        <translation>%1: “example” “examples/&lt;name&gt;” या null होना चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names both a template and an example</source>
        <translation>%1 में template और example दोनों दिए गए हैं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “try” must be “compare”, “build” or null</source>
        <translation>%1: “try” “compare”, “build” या null होना चाहिए</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “highlight”.“stage” must be a name, an index or null</source>
        <translation>%1: “highlight”.“stage” कोई नाम, index या null होना चाहिए</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: an arrow needs “from” and “to”</source>
        <translation>%1: arrow के लिए “from” और “to” दोनों चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “arrow” must be an object or null</source>
        <translation>%1: “arrow” object या null होना चाहिए</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “line” must be a number from 1, or null</source>
        <translation>%1: “line” 1 या उससे बड़ी संख्या, या null होनी चाहिए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “highlight” must be an object or null</source>
        <translation>%1: “highlight” object या null होना चाहिए</translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <location filename="../cli/MeasureCommand.cpp" line="-185"/>
        <source>Unknown format %1 (use %2).</source>
        <extracomment>%1 = the format given, %2 = the accepted formats</extracomment>
        <translation>अज्ञात format %1 (%2 का उपयोग करें)।</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+80"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 = file, %2 = system message</extracomment>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1 has no FROM instruction: nothing to measure.</source>
        <translation>%1 में कोई FROM निर्देश नहीं है: मापने को कुछ नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown target stage: %1</source>
        <translation>अज्ञात target stage: %1</translation>
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
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 holds no measurement.</source>
        <translation>%1 में कोई माप नहीं है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No measurement is recorded for %1: run stagecraft-cli measure %1 first.</source>
        <extracomment>%1 = Dockerfile</extracomment>
        <translation>%1 का कोई माप दर्ज नहीं है: पहले stagecraft-cli measure %1 चलाएँ।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>compare needs two measurements: stagecraft-cli compare A B (each a measure --format json file, or a measured Dockerfile).</source>
        <translation>compare को दो माप चाहिए: stagecraft-cli compare A B (हर एक measure --format json फ़ाइल, या मापी गई Dockerfile)।</translation>
    </message>
</context>
<context>
    <name>MeasureGates</name>
    <message>
        <location filename="../cli/MeasureGates.cpp" line="-60"/>
        <source>sizes are like 20MB, 1.5GB, 512kB or 3MiB</source>
        <translation>आकार 20MB, 1.5GB, 512kB या 3MiB जैसे होते हैं</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--min-efficiency needs a ratio from 0 to 1 (0.95) or a percentage (95%), not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--min-efficiency को 0 से 1 तक का अनुपात (0.95) या प्रतिशत (95%) चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-wasted needs a size, not &quot;%1&quot;: %2.</source>
        <extracomment>%1 = the value given, %2 = examples of sizes</extracomment>
        <translation>--max-wasted को आकार चाहिए, &quot;%1&quot; नहीं: %2।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--budget needs STAGE=SIZE (final=50MB), not &quot;%1&quot;: %2.</source>
        <extracomment>%1 = the value given, %2 = examples of sizes</extracomment>
        <translation>--budget को STAGE=SIZE (final=50MB) चाहिए, &quot;%1&quot; नहीं: %2।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the gate %2 is not valid (sizes are like 20MB; minEfficiency is from 0 to 1).</source>
        <extracomment>%1 = sidecar file, %2 = the field</extracomment>
        <translation>%1: शर्त %2 मान्य नहीं है (आकार 20MB जैसे होते हैं; minEfficiency 0 से 1 तक होता है)।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--budget names no stage: %1 (use a stage name, #index or final).</source>
        <extracomment>%1 = the stage a budget names</extracomment>
        <translation>--budget में दी गई stage मौजूद नहीं है: %1 (stage का नाम, #index या final दें)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate broken: %1</source>
        <translation>शर्त टूटी: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1: efficiency %2 meets the minimum %3</source>
        <extracomment>A gate that passed: %1 = stage, %2 = its efficiency, %3 = the minimum asked for</extracomment>
        <translation>%1: दक्षता %2 न्यूनतम %3 को पूरा करती है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: wasted %2 is within the limit %3</source>
        <extracomment>A gate that passed: %1 = stage, %2 = wasted size, %3 = the most allowed</extracomment>
        <translation>%1: बर्बाद %2 सीमा %3 के भीतर है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: size %2 is within its budget %3</source>
        <extracomment>A gate that passed: %1 = stage, %2 = its size, %3 = its budget</extracomment>
        <translation>%1: आकार %2 अपने budget %3 के भीतर है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gates</source>
        <translation>शर्तें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>**Broken:** %1</source>
        <translation>**टूटी:** %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1</source>
        <translation>पूरी हुई: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every gate passed.</source>
        <translation>सभी शर्तें पूरी हुईं।</translation>
    </message>
</context>
<context>
    <name>MeasureReport</name>
    <message>
        <location filename="../common/MeasureReport.cpp" line="+62"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;3.2 s&quot;</extracomment>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resized</source>
        <translation>आकार बदला</translation>
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
        <translation>%1 के stage आकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured %1 · Dockerfile SHA-256 `%2`</source>
        <extracomment>%1 = date and time, %2 = SHA-256 of the Dockerfile</extracomment>
        <translation>मापा गया %1 · Dockerfile SHA-256 `%2`</translation>
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
        <translation>आकार</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>From base</source>
        <translation>base से</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own layers</source>
        <translation>अपनी layers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build time</source>
        <translation>Build समय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — final</source>
        <translation> — final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>built, from the cache</source>
        <translation>build हुआ, cache से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built</source>
        <translation>build हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>**Saving:** %1 (%2 bytes)</source>
        <translation>**बचत:** %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artifact arrows</source>
        <translation>Artifact तीर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Paths</source>
        <translation>Paths</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layers of %1</source>
        <translation>%1 की layers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stage sizes compared</source>
        <translation>Stage आकारों की तुलना</translation>
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
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Change %</source>
        <translation>बदलाव %</translation>
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
        <translation>final stages की layer भिन्नताएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer differences of %1</source>
        <translation>%1 की layer भिन्नताएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line A</source>
        <translation>पंक्ति A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line B</source>
        <translation>पंक्ति B</translation>
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
        <translation>आकार</translation>
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
        <translation>समय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (final)</source>
        <translation> (अंतिम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not built</source>
        <translation>build नहीं हुआ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (cached)</source>
        <extracomment>BuildKit: the stage&apos;s time, every step from the cache</extracomment>
        <translation>%1 (cache से)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2 (line %3, %4): %5</source>
        <extracomment>One artifact arrow. %1 = source stage, %2 = target stage, %3 = line, %4 = paths, %5 = size or the reason it was not measured</extracomment>
        <translation>%1 → %2 (पंक्ति %3, %4): %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving: %1</source>
        <translation>बचत: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CHANGE</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE %</source>
        <translation>बदलाव %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer differences of the final stages:</source>
        <translation>final stages की layer भिन्नताएँ:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../app/QtStandardStrings.cpp" line="+30"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-24"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>बीच में रोकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट वापस लाएँ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="+55"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1 needs a value.</source>
        <translation>%1 के लिए मान चाहिए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option %1.</source>
        <translation>अज्ञात विकल्प %1।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one FILE can be rendered at a time.</source>
        <translation>एक बार में सिर्फ़ एक FILE render की जा सकती है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: stagecraft-cli render FILE -o OUT.svg|OUT.png [--target STAGE]</source>
        <translation>उपयोग: stagecraft-cli render FILE -o OUT.svg|OUT.png [--target STAGE]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The output must end in .svg or .png: %1</source>
        <translation>output फ़ाइल का नाम .svg या .png पर ख़त्म होना चाहिए: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>render needs a QApplication (run it through stagecraft-cli).</source>
        <translation>render के लिए QApplication चाहिए (इसे stagecraft-cli से चलाएँ)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ने में विफल: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stage named %1.</source>
        <translation>%1 नाम की कोई stage नहीं है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignoring the layout file %1: %2
</source>
        <translation>लेआउट फ़ाइल %1 को अनदेखा किया जा रहा है: %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखने में विफल: %2</translation>
    </message>
    <message>
        <location filename="../cli/RenderLauncher.cpp" line="+38"/>
        <source>Drawing the canvas needs the Stagecraft application (stagecraft), which is neither next to stagecraft-cli (in %1) nor on PATH. Install Stagecraft, or put stagecraft on PATH.</source>
        <extracomment>%1 = the folder of stagecraft-cli. &quot;stagecraft&quot; is the program&apos;s file name.</extracomment>
        <translation>canvas बनाने के लिए Stagecraft application (stagecraft) चाहिए, पर वह न stagecraft-cli के पास (%1 में) है, न PATH पर। Stagecraft install करें, या stagecraft को PATH पर रखें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot run %1: %2</source>
        <extracomment>%1 = the program, %2 = the system&apos;s reason</extracomment>
        <translation>%1 चलाने में विफल: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stopped before it finished drawing.</source>
        <extracomment>%1 = the program</extracomment>
        <translation>%1 चित्र पूरा बनाने से पहले ही रुक गया।</translation>
    </message>
</context>
<context>
    <name>SecretsPrompt</name>
    <message numerus="yes">
        <location filename="../app/dialogs/SecretsPrompt.cpp" line="+20"/>
        <source>and %n more</source>
        <extracomment>after the list of files: how many more there are</extracomment>
        <translation>
            <numerusform>और %n</numerusform>
            <numerusform>और %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The build context holds %n file(s) that look like secrets (keys, .env, credentials) and are not excluded by .dockerignore:

%1

A build sends them to the Docker engine, and a COPY can put them in the image.</source>
        <extracomment>%n = number of files; %1 = their paths, one a line</extracomment>
        <translation>
            <numerusform>Build context में %n फ़ाइल है जो secret जैसी दिखती है (keys, .env, credentials) और .dockerignore से बाहर नहीं की गई:

%1

Build उसे Docker engine को भेजता है, और कोई COPY उसे image में रख सकता है।</numerusform>
            <numerusform>Build context में %n फ़ाइलें हैं जो secrets जैसी दिखती हैं (keys, .env, credentials) और .dockerignore से बाहर नहीं की गईं:

%1

Build उन्हें Docker engine को भेजता है, और कोई COPY उन्हें image में रख सकता है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrets in the Build Context</source>
        <translation>Build context में secrets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to .dockerignore</source>
        <translation>.dockerignore में &amp;जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Build Anyway Once</source>
        <translation>फिर भी एक बार &amp;build करें</translation>
    </message>
</context>
<context>
    <name>SizeFormat</name>
    <message>
        <location filename="../views/SizeFormat.cpp" line="+27"/>
        <source>%1 bytes</source>
        <extracomment>%1 = a byte count with the locale&apos;s digit grouping (1,234,567; Hindi 12,34,567)</extracomment>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 s</source>
        <extracomment>A wall time under a minute: %1 = seconds with one decimal (&quot;12.3&quot;)</extracomment>
        <translation>%1 से॰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 min %2 s</source>
        <extracomment>A wall time of a minute or more: %1 = minutes, %2 = seconds (CLDR short: &quot;2 मि॰ 5 से॰&quot;)</extracomment>
        <translation>%1 मि॰ %2 से॰</translation>
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
        <translation>%1 दक्ष · %2 बर्बाद (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cached</source>
        <extracomment>Size pill of a stage block: every step of the stage came from the build cache</extracomment>
        <translation>cache से</translation>
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
            <numerusform>%n निर्देश</numerusform>
            <numerusform>%n निर्देश</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n more</source>
        <comment>hidden instruction rows</comment>
        <translation>
            <numerusform>+%n और</numerusform>
            <numerusform>+%n और</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>final</source>
        <comment>the build target stage</comment>
        <translation>अंतिम</translation>
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
        <translation>एक छोटा web app: पूरी Python build stage में pip packages install करता है; slim runtime stage में सिर्फ़ install किए गए packages और app आते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web server compiled to one static binary, which is the only thing copied into a distroless runtime stage.</source>
        <translation>एक छोटा web server, जो एक static binary में compile होता है; distroless runtime stage में सिर्फ़ यही binary कॉपी होती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>React + nginx</source>
        <translation>React + nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A React page built by Node.js; nginx serves only the built static files. Needs the npm registry to build.</source>
        <translation>Node.js से build होने वाला एक React पेज; nginx सिर्फ़ build हुई static फ़ाइलें देता है। build के लिए npm registry चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Java (Maven)</source>
        <translation>Java (Maven)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web server packaged as a jar by Maven with a full JDK; the runtime stage is a JRE with only the jar. Needs Maven Central to build.</source>
        <translation>एक छोटा web server, जिसे Maven पूरे JDK के साथ jar में पैक करता है; runtime stage एक JRE है जिसमें सिर्फ़ jar होता है। build के लिए Maven Central चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node.js API</source>
        <translation>Node.js API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small JSON API: the build stage installs the production packages and runs the tests; the slim runtime stage gets the app and node_modules.</source>
        <translation>एक छोटी JSON API: build stage production packages install करती है और tests चलाती है; slim runtime stage में app और node_modules आते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small web server compiled by Cargo in release mode; only the binary is copied into a slim Debian runtime stage.</source>
        <translation>एक छोटा web server, जिसे Cargo release mode में compile करता है; slim Debian runtime stage में सिर्फ़ binary कॉपी होती है।</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>There is no template called %1. Choose one of: %2.</source>
        <extracomment>%1 = the template id as given, %2 = the known ids</extracomment>
        <translation>%1 नाम का कोई template नहीं है। इनमें से एक चुनें: %2।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for the new project.</source>
        <translation>नए project के लिए एक फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a file, not a folder. Choose a folder for the new project.</source>
        <extracomment>%1 = a path</extracomment>
        <translation>%1 एक फ़ाइल है, फ़ोल्डर नहीं। नए project के लिए एक फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was written: %1 already has %2. Choose an empty folder, or move these files away first.</source>
        <extracomment>%1 = the folder, %2 = the files that exist there already</extracomment>
        <translation>कुछ नहीं लिखा गया: %1 में पहले से %2 हैं। कोई ख़ाली फ़ोल्डर चुनें, या पहले इन फ़ाइलों को कहीं और ले जाएँ।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not create the folder %1. Check that its parent folder exists and that you may write there.</source>
        <extracomment>%1 = the folder</extracomment>
        <translation>फ़ोल्डर %1 बनाने में विफल। जाँचें कि उसका parent फ़ोल्डर मौजूद है और आपको वहाँ लिखने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>फ़ोल्डर %1 बनाने में विफल। जाँचें कि आपको वहाँ लिखने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2. Nothing was kept; check that you may write in this folder.</source>
        <extracomment>%1 = a file path, %2 = the system&apos;s reason</extracomment>
        <translation>%1 लिखने में विफल: %2। कुछ भी नहीं रखा गया; जाँचें कि आपको इस फ़ोल्डर में लिखने की अनुमति है।</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <location filename="../cli/TemplateCommand.cpp" line="+26"/>
        <source>Run &apos;stagecraft-cli --help&apos; for usage.</source>
        <translation>उपयोग की जानकारी के लिए &apos;stagecraft-cli --help&apos; चलाएँ।</translation>
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
      project templates की सूची दिखाएँ (multi-stage Dockerfile, single-stage
      Dockerfile.before, .dockerignore और एक छोटा app)।
  new ID DIR
      template ID को फ़ोल्डर DIR में लिखें (न हो तो बन जाता है)। मौजूदा
      फ़ाइलें कभी नहीं बदली जातीं: exit 1, और कुछ नहीं लिखा जाता।
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+31"/>
        <source>Too many arguments: %1</source>
        <extracomment>%1 = the first unexpected argument</extracomment>
        <translation>बहुत ज़्यादा arguments: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Files: %1</source>
        <extracomment>%1 = the list of files of a template</extracomment>
        <translation>फ़ाइलें: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown option: %1</source>
        <extracomment>%1 = the option as given</extracomment>
        <translation>अज्ञात option: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a template ID and a folder: stagecraft-cli new ID DIR (ID is one of: %1).</source>
        <extracomment>%1 = the template ids</extracomment>
        <translation>template ID और फ़ोल्डर दें: stagecraft-cli new ID DIR (ID इनमें से एक है: %1)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown template: %1 (use one of: %2).</source>
        <extracomment>%1 = the id as given, %2 = the known ids</extracomment>
        <translation>अज्ञात template: %1 (इनमें से एक चुनें: %2)।</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote %Ln file(s) to %1:</source>
        <extracomment>%Ln = number of files, %1 = the folder</extracomment>
        <translation>
            <numerusform>%1 में %Ln फ़ाइल लिखी गई:</numerusform>
            <numerusform>%1 में %Ln फ़ाइलें लिखी गईं:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WasteMessages</name>
    <message>
        <location filename="../common/WasteMessages.cpp" line="+22"/>
        <source>the base image</source>
        <translation>base image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 `%2`</source>
        <extracomment>A Dockerfile line and its instruction. %1 = line, %2 = instruction</extracomment>
        <translation>पंक्ति %1 `%2`</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Download, use and delete in the same RUN (or use a cache mount): a file deleted by a later RUN still ships in the earlier layer.</source>
        <translation>डाउनलोड, उपयोग और हटाना एक ही RUN में करें (या cache mount का उपयोग करें): बाद के RUN में हटाई गई फ़ाइल पहले की layer में फिर भी image के साथ जाती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy only what the image needs (a narrower COPY, .dockerignore), or COPY it into a builder stage and COPY --from only the result.</source>
        <translation>केवल वही कॉपी करें जिसकी image को ज़रूरत है (सीमित COPY, .dockerignore), या उसे builder stage में COPY करें और COPY --from से केवल परिणाम लें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the step to a builder stage and COPY --from only the result: replaced files still ship in the earlier layer.</source>
        <translation>यह चरण builder stage में ले जाएँ और COPY --from से केवल परिणाम लें: बदली गई फ़ाइलें पहले की layer में फिर भी image के साथ जाती हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting files of the base image does not make the image smaller: pick a slimmer base image instead.</source>
        <translation>base image की फ़ाइलें हटाने से image छोटी नहीं होती: इसके बजाय छोटी base image चुनें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>efficiency %1, wasted %2 (%3 of its own bytes)</source>
        <extracomment>%1 = efficiency (percent), %2 = wasted size, %3 = the wasted share of the stage&apos;s own bytes (percent)</extracomment>
        <translation>दक्षता %1, बर्बाद %2 (अपने bytes का %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n file(s): %1</source>
        <extracomment>%1 = the files, e.g. &quot;/big, /tmp/x&quot;</extracomment>
        <translation>
            <numerusform>%n फ़ाइल: %1</numerusform>
            <numerusform>%n फ़ाइलें: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 added %2 (%3) that %4 replaced</source>
        <extracomment>%1 = line and instruction that added files, %2 = size, %3 = the files, %4 = line and instruction that replaced them</extracomment>
        <translation>%1 ने %2 (%3) जोड़ा, जिसे %4 ने बदल दिया</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added %2 (%3) that %4 removed</source>
        <extracomment>%1 = line and instruction that added files, %2 = size, %3 = the files, %4 = line and instruction that removed them</extracomment>
        <translation>%1 ने %2 (%3) जोड़ा, जिसे %4 ने हटा दिया</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waste of %1: %2</source>
        <extracomment>Plain-text report. %1 = stage, %2 = the summary</extracomment>
        <translation>%1 की बर्बादी: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix: %1</source>
        <translation>सुधार: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wasted space of %1</source>
        <extracomment>Markdown heading. %1 = stage</extracomment>
        <translation>%1 की बर्बाद जगह</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: efficiency %2 is below the minimum %3</source>
        <extracomment>%1 = stage, %2 = its efficiency, %3 = the minimum asked for</extracomment>
        <translation>%1: दक्षता %2 न्यूनतम %3 से कम है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: wasted %2 is over the limit %3</source>
        <extracomment>%1 = stage, %2 = wasted size, %3 = the most allowed</extracomment>
        <translation>%1: बर्बाद %2 सीमा %3 से अधिक है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: size %2 is over its budget %3</source>
        <extracomment>%1 = stage, %2 = its size, %3 = its budget</extracomment>
        <translation>%1: आकार %2 अपने budget %3 से अधिक है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>budget for %1: no stage has that name (use a stage name, #index or final)</source>
        <extracomment>%1 = the stage a budget names</extracomment>
        <translation>%1 का budget: इस नाम की कोई stage नहीं है (stage का नाम, #index या final दें)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not measured, so its gate cannot pass</source>
        <extracomment>%1 = stage</extracomment>
        <translation>%1: मापी नहीं गई, इसलिए इसकी शर्त पूरी नहीं हो सकती</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+52"/>
        <source>User interface language: %1.</source>
        <translation>इंटरफ़ेस की भाषा: %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <extracomment>Value name of the --lang option, shown as --lang &lt;language&gt;.</extracomment>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown language %1; available: %2.</source>
        <translation>अज्ञात भाषा %1। उपलब्ध भाषाएँ: %2।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compose multi-stage Docker builds visually.</source>
        <translation>multi-stage Docker build को दृश्य रूप में बनाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>रंग थीम: system, light या dark।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theme</source>
        <extracomment>Value name of the --theme option</extracomment>
        <translation>थीम</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window as PNG and quit.</source>
        <translation>विंडो की तस्वीर PNG के रूप में सहेजें और बाहर निकलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <extracomment>Value name of the --screenshot option</extracomment>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dockerfile to open (default: a built-in example).</source>
        <translation>खोलने के लिए Dockerfile (डिफ़ॉल्ट: ऐप में शामिल उदाहरण)।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Failed to open %1: %2</source>
        <translation>%1 खोलने में विफल: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write %1</source>
        <translation>%1 लिखने में विफल</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::AboutDialog</name>
    <message>
        <location filename="../app/dialogs/AboutDialog.cpp" line="+46"/>
        <source>unknown compiler</source>
        <translation>अज्ञात compiler</translation>
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
        <translation>Qt: %1 के साथ build हुआ, %2 के साथ चल रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compiler: %1</source>
        <translation>Compiler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build type: debug</source>
        <translation>build प्रकार: debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build type: release</source>
        <translation>build प्रकार: release</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABI: %1</source>
        <translation>ABI: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system: %1 (%2)</source>
        <translation>ऑपरेटिंग सिस्टम: %1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Stagecraft</source>
        <translation>Stagecraft के बारे में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose multi-stage Docker builds visually.</source>
        <translation>multi-stage Docker build को दृश्य रूप में बनाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copyright © The Stagecraft developers. Stagecraft is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), and comes with ABSOLUTELY NO WARRANTY. &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>कॉपीराइट © Stagecraft के डेवलपर। Stagecraft GNU General Public License, संस्करण 3 या उसके बाद के किसी संस्करण (GPL-3.0-or-later) के अंतर्गत मुक्त सॉफ़्टवेयर है, और इसके साथ कोई भी वारंटी नहीं है। &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stagecraft uses these components. Their notices and licence texts follow the table.</source>
        <translation>Stagecraft इन घटकों का उपयोग करता है। उनकी सूचनाएँ और लाइसेंस के पाठ तालिका के बाद हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>system</source>
        <extracomment>Version column of a component whose version is not known (fonts from the system)</extracomment>
        <translation>सिस्टम का</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build</source>
        <translation>build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party licences</source>
        <translation>अन्य सॉफ़्टवेयर के लाइसेंस</translation>
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
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::BuildSession</name>
    <message>
        <location filename="../app/BuildSession.cpp" line="+152"/>
        <source>Save the Dockerfile first: the engine builds the file on disk.</source>
        <translation>पहले Dockerfile सहेजें: engine डिस्क पर रखी फ़ाइल को build करता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to build: the Dockerfile has no FROM.</source>
        <translation>Build करने को कुछ नहीं है: Dockerfile में कोई FROM नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Docker Engine is configured.</source>
        <translation>कोई Docker Engine सेट नहीं है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: nothing was sent to the engine.</source>
        <translation>रद्द किया गया: engine को कुछ नहीं भेजा गया।</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Not sent: %n file(s) that look like secrets would go with the build context: %1. Add them to .dockerignore.</source>
        <extracomment>%n = number of files, %1 = their paths</extracomment>
        <translation>
            <numerusform>नहीं भेजा गया: secret जैसी दिखने वाली %n फ़ाइल build context के साथ जाती: %1। उसे .dockerignore में जोड़ें।</numerusform>
            <numerusform>नहीं भेजा गया: secrets जैसी दिखने वाली %n फ़ाइलें build context के साथ जातीं: %1। उन्हें .dockerignore में जोड़ें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Build cancelled: the Dockerfile must be saved first, because the engine builds the file on disk.</source>
        <translation>Build रद्द किया गया: पहले Dockerfile सहेजनी होगी, क्योंकि engine डिस्क पर रखी फ़ाइल को build करता है।</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+271"/>
        <source>Connecting to the Docker Engine…</source>
        <translation>Docker Engine से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>BuildKit</source>
        <translation>BuildKit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the classic builder</source>
        <translation>classic builder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building %1 with %2…</source>
        <extracomment>%1 = target stage, %2 = &quot;BuildKit&quot; or &quot;the classic builder&quot;</extracomment>
        <translation>%1, %2 से build हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building with %1.</source>
        <extracomment>%1 = &quot;BuildKit&quot; or &quot;the classic builder&quot;</extracomment>
        <translation>%1 से build हो रहा है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Build cancelled.</source>
        <translation>Build रद्द किया गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[Stagecraft] The engine&apos;s steps do not match the text shown (the file changed since?): steps are not highlighted.</source>
        <translation>[Stagecraft] Engine के steps दिखाए गए text से मेल नहीं खाते (क्या फ़ाइल बदल गई है?): steps हाइलाइट नहीं किए जा रहे।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 = step number, %2 = total, %3 = instruction</extracomment>
        <translation>Step %1/%2: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Running %1</source>
        <extracomment>%1 = BuildKit&apos;s name of the step, e.g. &quot;[build 2/4] RUN make&quot;</extracomment>
        <translation>%1 चल रहा है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>failed</source>
        <extracomment>State of a BuildKit step in the Build dock&apos;s step list</extracomment>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cached</source>
        <extracomment>State of a BuildKit step in the Build dock&apos;s step list: it came from the cache</extracomment>
        <translation>cache से</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <extracomment>State of a BuildKit step: how long it ran, %1 = seconds (&quot;1.2&quot;)</extracomment>
        <translation>%1 से॰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <extracomment>State of a BuildKit step in the Build dock&apos;s step list</extracomment>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Built %1.</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>%1 build हो गई।</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wait for the running measurement to finish, or cancel it.</source>
        <translation>चल रहे माप के पूरा होने की प्रतीक्षा करें, या उसे रद्द करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measuring cancelled: the Dockerfile must be saved first, because the engine builds the file on disk.</source>
        <translation>मापना रद्द किया गया: पहले Dockerfile सहेजनी होगी, क्योंकि engine डिस्क पर रखी फ़ाइल को build करता है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stage %1 of %2: %3</source>
        <extracomment>%1 = stage number (1-based), %2 = stage count, %3 = what happens</extracomment>
        <translation>Stage %1/%2: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Measured every stage in %1 s.</source>
        <extracomment>%1 = duration in seconds</extracomment>
        <translation>सभी stages %1 सेकंड में मापी गईं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled. Nothing was measured.</source>
        <translation>रद्द किया गया। कुछ भी नापा नहीं गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. The figures shown are from the last complete measurement.</source>
        <translation>रद्द किया गया। दिखाए गए आँकड़े पिछली पूरी नाप के हैं।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wasted-space analysis cancelled. The sizes are new; the stages not analysed show no waste figures.</source>
        <translation>बर्बाद जगह का विश्लेषण रद्द किया गया। आकार नए हैं; जिन stages का विश्लेषण नहीं हुआ, उनके बर्बादी के आँकड़े नहीं दिखते।</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wasted-space analysis cancelled. The sizes are new; %Ln stage(s) kept the waste figures of the same image.</source>
        <extracomment>%Ln = stages whose earlier waste figures still apply (same image)</extracomment>
        <translation>
            <numerusform>बर्बाद जगह का विश्लेषण रद्द किया गया। आकार नए हैं; %Ln stage ने उसी image के बर्बादी के आँकड़े रखे।</numerusform>
            <numerusform>बर्बाद जगह का विश्लेषण रद्द किया गया। आकार नए हैं; %Ln stages ने उसी image के बर्बादी के आँकड़े रखे।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A measurement is already running: wait for it to finish, or cancel it.</source>
        <translation>एक माप पहले से चल रहा है: उसके पूरा होने की प्रतीक्षा करें, या उसे रद्द करें।</translation>
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
        <translation>पहले</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after</source>
        <extracomment>the multi-stage variant, in the saving line of a template&apos;s Try it</extracomment>
        <translation>बाद में</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a .md, .csv, .json, .png or .svg file.</source>
        <translation>.md, .csv, .json, .png या .svg फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <location filename="../app/BuildSessionFiles.cpp" line="+56"/>
        <source>The Sizes panel shows a measurement of another Dockerfile. To see the files of stage %1, run &quot;Build &amp; Measure All Stages&quot; on this one first.</source>
        <extracomment>%1 = stage name or #index</extracomment>
        <translation>Sizes पैनल किसी दूसरे Dockerfile का माप दिखा रहा है। stage %1 की files देखने के लिए पहले इसी Dockerfile पर &quot;Build &amp; Measure All Stages&quot; चलाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage %1 has not been built yet. Run &quot;Build &amp; Measure All Stages&quot; in the Sizes panel first, then select the stage again.</source>
        <extracomment>%1 = stage name or #index</extracomment>
        <translation>stage %1 अभी build नहीं हुआ है। पहले Sizes पैनल में &quot;Build &amp; Measure All Stages&quot; चलाएँ, फिर stage को दोबारा चुनें।</translation>
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
        <translation>फ़ाइल से माप लोड करें (&amp;L)…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Compare Measurements</source>
        <translation>माप की तुलना</translation>
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
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (%)</source>
        <translation>बदलाव (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer differences</source>
        <translation>Layer में अंतर</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Run &amp;A (before):</source>
        <translation>माप A (पहले) (&amp;A):</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reading the files of %1: %2…</source>
        <extracomment>Reading an image&apos;s files: %1 = image, %2 = bytes read so far</extracomment>
        <translation>%1 की फ़ाइलें पढ़ी जा रही हैं: %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the files of %1: %2</source>
        <extracomment>%1 = image, %2 = the engine&apos;s message</extracomment>
        <translation>%1 की फ़ाइलें पढ़ने में विफल: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled reading the files.</source>
        <translation>फ़ाइलें पढ़ना रद्द किया गया।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Build &amp;&amp; Measure Dockerfile…</source>
        <translation>Dockerfile build करें और मापें (&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;Files</source>
        <translation>फ़ाइलों की तुलना करें (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;B (after):</source>
        <translation>माप B (बाद में) (&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of A:</source>
        <translation>A की stage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of B:</source>
        <translation>B की stage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sizes</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
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
        <translation>माप लोड करें</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Measurement (*.json);;All files (*)</source>
        <translation>माप (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ने में विफल: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Stagecraft measurement: %2</source>
        <extracomment>%1 = file, %2 = what is wrong in it</extracomment>
        <translation>%1 Stagecraft का माप नहीं है: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Measure the Dockerfile, or load a saved measurement, to compare.</source>
        <translation>तुलना के लिए Dockerfile मापें, या सहेजा हुआ माप लोड करें।</translation>
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
        <translation>Dockerfile build करें और मापें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dockerfiles (Dockerfile* *.Dockerfile *.dockerfile);;All files (*)</source>
        <translation>Dockerfile (Dockerfile* *.Dockerfile *.dockerfile);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until the running step ends, or cancel it.</source>
        <translation>चल रहा काम पूरा होने दें, या उसे रद्द करें।</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not built: the build context of %1 has %n file(s) that look like secrets and are not excluded by .dockerignore: %2. Add them to .dockerignore first.</source>
        <extracomment>%n = number of files, %1 = Dockerfile, %2 = the files (comma-separated)</extracomment>
        <translation>
            <numerusform>build नहीं हुआ: %1 के build context में %n फ़ाइल है जो secret जैसी दिखती है और .dockerignore से बाहर नहीं है: %2। पहले उसे .dockerignore में जोड़ें।</numerusform>
            <numerusform>build नहीं हुआ: %1 के build context में %n फ़ाइलें हैं जो secret जैसी दिखती हैं और .dockerignore से बाहर नहीं हैं: %2। पहले उन्हें .dockerignore में जोड़ें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>Cannot build %1: %2</source>
        <extracomment>%1 = Dockerfile, %2 = the engine&apos;s message</extracomment>
        <translation>%1 को build करने में विफल: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Building %1 — stage %2 of %3: %4</source>
        <extracomment>%1 = Dockerfile, %2 = stage number, %3 = stage count, %4 = what happens</extracomment>
        <translation>%1 build हो रही है — stage %2/%3: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled building %1.</source>
        <translation>%1 का build रद्द किया गया।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measured %1 (not kept in its history: %2).</source>
        <translation>%1 मापी गई (उसके इतिहास में नहीं रखी गई: %2)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured %1: it is run A now.</source>
        <translation>%1 मापी गई: अब यह माप A है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building %1…</source>
        <translation>%1 build हो रही है…</translation>
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
        <translation>माप A और माप B की एक-एक build हुई stage चुनें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the files of %1…</source>
        <translation>%1 की फ़ाइलें पढ़ी जा रही हैं…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n difference(s) between the files of A and B.</source>
        <extracomment>%n = number of differences</extracomment>
        <translation>
            <numerusform>A और B की फ़ाइलों में %n अंतर।</numerusform>
            <numerusform>A और B की फ़ाइलों में %n अंतर।</numerusform>
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
सुधार: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Severity</source>
        <extracomment>Column header in the diagnostics panel</extracomment>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <extracomment>Column header in the diagnostics panel</extracomment>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <extracomment>Column header in the diagnostics panel</extracomment>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <extracomment>Column header in the diagnostics panel: the rule&apos;s code, e.g. StageNameCasing</extracomment>
        <translation>कोड</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DiagnosticsPanel</name>
    <message>
        <location filename="../app/DiagnosticsPanel.cpp" line="+70"/>
        <source>Diagnostics</source>
        <translation>समस्याएँ</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="+125"/>
        <source>The document has no file yet: use Save As.</source>
        <translation>इस दस्तावेज़ की अभी कोई फ़ाइल नहीं है: &quot;इस रूप में सहेजें&quot; चुनें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving was cancelled.</source>
        <translation>सहेजना रद्द किया गया।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1: the file is read-only. Your text is still here; use Save As to save it elsewhere.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>%1 सहेजने में विफल: फ़ाइल केवल पढ़ने के लिए है। आपका पाठ यहीं है; इसे कहीं और सहेजने के लिए &quot;इस रूप में सहेजें&quot; चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: it is not a regular file.</source>
        <translation>%1 सहेजने में विफल: यह साधारण फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>%1 सहेजने में विफल: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <extracomment>%1 = file path</extracomment>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document has no file to reload.</source>
        <translation>इस दस्तावेज़ की कोई फ़ाइल नहीं है जिसे फिर से लोड किया जाए।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Untitled</source>
        <extracomment>Name of a new document that has no file yet</extracomment>
        <translation>बिना नाम</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::DocumentPrompts</name>
    <message>
        <location filename="../app/dialogs/DocumentPrompts.cpp" line="+28"/>
        <source>Unsaved Changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 में बिना सहेजे बदलाव हैं। उन्हें सहेजें?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An untitled Dockerfile</source>
        <translation>बिना नाम की एक Dockerfile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover Unsaved Changes</source>
        <translation>बिना सहेजे बदलाव वापस लाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had unsaved changes when Stagecraft stopped unexpectedly (autosaved %2). Recover them?</source>
        <extracomment>%1 = file path (or &quot;An untitled Dockerfile&quot;), %2 = date and time</extracomment>
        <translation>Stagecraft अचानक बंद हुआ, तब %1 में बिना सहेजे बदलाव थे (अपने-आप सहेजे गए: %2)। उन्हें वापस लाएँ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover</source>
        <translation>वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>छोड़ें (&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File Changed on Disk</source>
        <translation>डिस्क पर फ़ाइल बदली</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program changed %1. Reload it from disk, or keep the text shown here?</source>
        <extracomment>%1 = file name</extracomment>
        <translation>किसी दूसरे प्रोग्राम ने %1 बदली है। इसे डिस्क से फिर से लोड करें, या यहाँ दिखा पाठ रखें?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>फिर से लोड करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>मेरा पाठ रखें (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>तुलना करें… (&amp;C)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (shown here)</source>
        <translation>%1 (यहाँ दिखा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (on disk)</source>
        <translation>%1 (डिस्क पर)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with Disk</source>
        <translation>डिस्क से तुलना करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The texts are the same.</source>
        <translation>दोनों पाठ एक जैसे हैं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Dockerfile</source>
        <translation>Dockerfile सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains bytes that are not UTF-8. They are shown as � and will be saved as the character U+FFFD, not as the original bytes. Save anyway?</source>
        <translation>%1 में कुछ बाइट UTF-8 नहीं हैं। वे � के रूप में दिखती हैं और मूल बाइट के बजाय वर्ण U+FFFD के रूप में सहेजी जाएँगी। फिर भी सहेजें?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was deleted or moved by another program. Your text is still here; save it to write the file again.</source>
        <translation>किसी दूसरे प्रोग्राम ने %1 को मिटा दिया या हटा दिया। आपका पाठ यहीं है; फ़ाइल फिर से लिखने के लिए इसे सहेजें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File Missing</source>
        <translation>फ़ाइल नहीं मिली</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::EngineConnection</name>
    <message>
        <location filename="../app/EngineConnection.cpp" line="+213"/>
        <source>the DOCKER_HOST variable</source>
        <translation>DOCKER_HOST variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform default</source>
        <translation>platform का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the docker context “%1”</source>
        <extracomment>%1 = the name of a docker context (docker context ls)</extracomment>
        <translation>docker context “%1”</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::EngineStatusWidget</name>
    <message>
        <location filename="../app/EngineStatusWidget.cpp" line="+63"/>
        <source>Engine: checking…</source>
        <extracomment>Status bar, while Stagecraft checks whether the Docker engine answers</extracomment>
        <translation>engine: जाँच हो रही है…</translation>
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
        <translation>engine नहीं मिला · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no endpoint</source>
        <translation>कोई endpoint नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker engine status</source>
        <translation>Docker engine की स्थिति</translation>
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
        <translation>BuildKit (उपलब्ध नहीं)</translation>
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
        <translation>Builder: BuildKit, जो यह engine नहीं देता: build विफल होंगे। Build dock में &quot;अपने-आप&quot; या classic builder चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Builder: %1 (chosen in the Build dock or the settings)</source>
        <extracomment>%1 = &quot;BuildKit&quot; or &quot;classic builder&quot;</extracomment>
        <translation>Builder: %1 (Build dock या सेटिंग्स में चुना गया)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builder: BuildKit (automatic: the engine offers it)</source>
        <translation>Builder: BuildKit (अपने-आप: engine इसे देता है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builder: classic builder (automatic: the engine does not offer BuildKit)</source>
        <translation>Builder: classic builder (अपने-आप: engine BuildKit नहीं देता)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the Docker engine…</source>
        <translation>Docker engine की जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 on %3/%4</source>
        <extracomment>%1 engine name, %2 version, %3 operating system, %4 architecture</extracomment>
        <translation>%3/%4 पर %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API version %1 (engine %2, Stagecraft %3)</source>
        <translation>API संस्करण %1 (engine %2, Stagecraft %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoint: %1 (from %2)</source>
        <extracomment>%1 = endpoint URL, %2 = where it came from (&quot;the DOCKER_HOST variable&quot;, …)</extracomment>
        <translation>Endpoint: %1 (%2 से)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stagecraft checks again in %n second(s).</source>
        <translation>
            <numerusform>Stagecraft %n सेकंड में फिर से जाँचेगा।</numerusform>
            <numerusform>Stagecraft %n सेकंड में फिर से जाँचेगा।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to choose the engine in the settings.</source>
        <translation>सेटिंग्स में engine चुनने के लिए क्लिक करें।</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::LessonsPanel</name>
    <message>
        <location filename="../app/LessonsPanel.cpp" line="+106"/>
        <source>en</source>
        <extracomment>The code of the language of this translation (&quot;en&quot;, &quot;hi&quot;): the Learn panel shows the lessons written in it.</extracomment>
        <translation>hi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The lessons could not be read.</source>
        <translation>पाठ पढ़े नहीं जा सके।</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Learn</source>
        <translation>सीखें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no lessons.</source>
        <translation>कोई पाठ नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2</source>
        <extracomment>Learn panel: %1 = step number, %2 = number of steps</extracomment>
        <translation>चरण %1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This step is not written in your language yet; it is shown in English.</source>
        <translation>यह चरण अभी आपकी भाषा में नहीं लिखा गया है; इसे अंग्रेज़ी में दिखाया गया है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text of this step is missing (%1). The lessons are incomplete; reinstall Stagecraft or report it.</source>
        <extracomment>%1 = file path of the missing lesson text</extracomment>
        <translation>इस चरण का पाठ मौजूद नहीं है (%1)। पाठ अधूरे हैं; Stagecraft को फिर से install करें या इसकी सूचना दें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Try It: Build Before and After</source>
        <translation>आज़माएँ: पहले और बाद वाला build करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try It: Build</source>
        <translation>आज़माएँ: build करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The example of this step is missing (%1).</source>
        <extracomment>%1 = path of the missing example Dockerfile</extracomment>
        <translation>इस चरण का उदाहरण मौजूद नहीं है (%1)।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The open Dockerfile has no arrow from %1 to %2. Open this step&apos;s example first.</source>
        <extracomment>%1, %2 = stage names</extracomment>
        <translation>खुली Dockerfile में %1 से %2 तक कोई arrow नहीं है। पहले इस चरण का उदाहरण खोलें।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The open Dockerfile has no stage %1. Open this step&apos;s example first.</source>
        <extracomment>%1 = stage name</extracomment>
        <translation>खुली Dockerfile में stage %1 नहीं है। पहले इस चरण का उदाहरण खोलें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The open Dockerfile has no line %1. Open this step&apos;s example first.</source>
        <extracomment>%1 = line number</extracomment>
        <translation>खुली Dockerfile में पंक्ति %1 नहीं है। पहले इस चरण का उदाहरण खोलें।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This step has no template to compare.</source>
        <translation>इस चरण में तुलना के लिए कोई template नहीं है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Example</source>
        <translation>उदाहरण खोलें (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Dockerfile this step talks about, as a new untitled document.</source>
        <translation>जिस Dockerfile की यह चरण बात करता है, उसे एक नए बिना नाम वाले दस्तावेज़ के रूप में खोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show Me</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the block, arrow or line this step talks about.</source>
        <translation>जिस block, arrow या पंक्ति की यह चरण बात करता है, उसे चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>आगे (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson text</source>
        <translation>पाठ का विवरण</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+328"/>
        <source>Diagnostics</source>
        <translation>समस्याएँ</translation>
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
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>सीखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palette</source>
        <extracomment>Dock title (View menu toggle): base images and instructions to drag onto the canvas</extracomment>
        <translation>पैलेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of problems</source>
        <translation>समस्याओं की सूची दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage canvas</source>
        <translation>stage कैनवास</translation>
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
        <translation>Dockerfile सहेजें</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save Dockerfile As</source>
        <translation>Dockerfile इस रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reload %1 from disk? Your unsaved changes are replaced; Undo brings them back.</source>
        <translation>%1 को डिस्क से फिर से लोड करें? आपके बिना सहेजे बदलाव हट जाएँगे; &quot;पूर्ववत् करें&quot; उन्हें वापस ले आता है।</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Recovered unsaved changes of %1.</source>
        <translation>%1 के बिना सहेजे बदलाव वापस लाए गए।</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Untitled</source>
        <translation>बिना नाम</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No stages</source>
        <translation>कोई stage नहीं</translation>
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
        <translation>कोई समस्या नहीं</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln समस्या</numerusform>
            <numerusform>%Ln समस्याएँ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Example Dockerfile</source>
        <translation>उदाहरण Dockerfile</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+42"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Open Dockerfile</source>
        <translation>Dockerfile खोलें</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dockerfiles (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses unchanged.</extracomment>
        <translation>Dockerfile फ़ाइलें (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::MainWindowActions</name>
    <message>
        <location filename="../app/MainWindowActions.cpp" line="+171"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>नया (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from &amp;Template…</source>
        <translation>template से नया… (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>खोलें… (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>हाल की फ़ाइलें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>इस रूप में सहेजें… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>फिर से लोड करें (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् करें (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>सभी चुनें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>खोजें… (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>बदलें… (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Line…</source>
        <translation>पंक्ति पर जाएँ… (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation>सेटिंग्स… (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;Canvas</source>
        <translation>stage कैनवास (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dockerfile &amp;Editor</source>
        <translation>Dockerfile संपादक (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter Mode</source>
        <translation>प्रस्तुति मोड (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Stage</source>
        <translation>अगली stage (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Stage</source>
        <translation>पिछली stage (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>बड़ा करें (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>छोटा करें (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Zoom</source>
        <translation>ज़ूम रीसेट करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Canvas to Window</source>
        <translation>कैनवास को विंडो में फ़िट करें (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset La&amp;yout</source>
        <extracomment>View menu: back to the first-start arrangement of the canvas, the editor and the docks</extracomment>
        <translation>लेआउट रीसेट करें (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;System</source>
        <extracomment>Language menu entry: use the system&apos;s language</extracomment>
        <translation>सिस्टम (&amp;S)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Light</source>
        <translation>हल्की (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>गहरी (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Stagecraft</source>
        <translation>Stagecraft के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::NewFromTemplateDialog</name>
    <message>
        <location filename="../app/dialogs/NewFromTemplateDialog.cpp" line="+157"/>
        <source>New from Template</source>
        <translation>template से नया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview:</source>
        <translation>पूर्वावलोकन:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>फ़ोल्डर (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें… (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Folder for the New Project</source>
        <translation>नए project का फ़ोल्डर</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::PanelWiring</name>
    <message>
        <location filename="../app/PanelWiring.cpp" line="+108"/>
        <source>%1: Single-Stage vs Multi-Stage</source>
        <extracomment>%1 = template title</extracomment>
        <translation>%1: single-stage बनाम multi-stage</translation>
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
        <translation>सूची साफ़ करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="+140"/>
        <source>“%1” is not an endpoint URL. Write it as unix:///var/run/docker.sock or tcp://host:2376.</source>
        <extracomment>%1 = what the user typed</extracomment>
        <translation>“%1” endpoint URL नहीं है। इसे unix:///var/run/docker.sock या tcp://host:2376 की तरह लिखें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 endpoints are not supported. Use unix://, tcp://, npipe:// or ssh://user@host.</source>
        <extracomment>%1 = a URL scheme such as fd://</extracomment>
        <translation>%1 endpoints समर्थित नहीं हैं। unix://, tcp://, npipe:// या ssh://user@host इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown endpoint type %1. Use unix://, tcp://, npipe:// or ssh://.</source>
        <translation>अनजान endpoint प्रकार %1। unix://, tcp://, npipe:// या ssh:// इस्तेमाल करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid endpoint URL. Examples: unix:///var/run/docker.sock, tcp://192.168.1.10:2376.</source>
        <translation>“%1” मान्य endpoint URL नहीं है। उदाहरण: unix:///var/run/docker.sock, tcp://192.168.1.10:2376।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The socket path must be absolute: unix:///var/run/docker.sock, not unix://var/run/docker.sock.</source>
        <translation>socket का path पूरा (absolute) होना चाहिए: unix:///var/run/docker.sock, न कि unix://var/run/docker.sock।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate folder %1 does not exist.</source>
        <translation>certificate फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Empty means automatic, which is now %1 (from %2).</source>
        <extracomment>%1 = endpoint URL, %2 = where it came from (&quot;the DOCKER_HOST variable&quot;, …)</extracomment>
        <translation>खाली छोड़ने पर अपने-आप चुना जाता है, अभी %1 (%2 से)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to use DOCKER_HOST, the docker context or the platform default.</source>
        <translation>DOCKER_HOST, docker context या platform का डिफ़ॉल्ट इस्तेमाल करने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting to %1…</source>
        <translation>%1 से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected: %1 %2 (API %3) at %4.</source>
        <extracomment>%1 engine name, %2 version, %3 API version, %4 endpoint URL</extracomment>
        <translation>जुड़ गया: %4 पर %1 %2 (API %3)।</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Folder with ca.pem, cert.pem and key.pem</source>
        <translation>ca.pem, cert.pem और key.pem वाला फ़ोल्डर</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker engine</source>
        <translation>Docker engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>Endpoint (&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>अपने-आप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;TLS</source>
        <translation>TLS का उपयोग करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the engine&apos;s certificate</source>
        <translation>engine का certificate जाँचें (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates:</source>
        <translation>Certificates (&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें… (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;uilder:</source>
        <translation>Builder (&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (BuildKit when the engine offers it)</source>
        <translation>अपने-आप (engine में हो तो BuildKit)</translation>
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
        <translation>connection जाँचें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>stagecraft::app::TemplateTrial</name>
    <message>
        <location filename="../app/TemplateTrial.cpp" line="+33"/>
        <location line="+34"/>
        <source>A template is already being built; wait for it or cancel it.</source>
        <translation>एक template पहले से build हो रहा है; उसकी प्रतीक्षा करें या उसे रद्द करें।</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का कोई template नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create a temporary folder for the template: %1</source>
        <translation>template के लिए अस्थायी फ़ोल्डर नहीं बन सका: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is missing.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the single-stage &quot;before&quot; variant of %1 (%2)</source>
        <extracomment>%1 = template title, %2 = file name (Dockerfile.before)</extracomment>
        <translation>%1 का single-stage &quot;before&quot; रूप (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the multi-stage &quot;after&quot; variant of %1 (%2)</source>
        <extracomment>%1 = template title, %2 = file name (Dockerfile)</extracomment>
        <translation>%1 का multi-stage &quot;after&quot; रूप (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+33"/>
        <source>Cancelled building %1.</source>
        <translation>%1 का build रद्द किया गया।</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Building %1…</source>
        <extracomment>%1 = which variant, e.g. the single-stage &quot;before&quot; variant of Python (Dockerfile.before)</extracomment>
        <translation>%1 build हो रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Could not build %1: %2</source>
        <extracomment>%1 = which variant, %2 = the engine&apos;s message</extracomment>
        <translation>%1 build नहीं हो सका: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Building %1 — stage %2 of %3: %4</source>
        <extracomment>%1 = which variant, %2 = stage number, %3 = stage count, %4 = what happens</extracomment>
        <translation>%1 build हो रहा है — stage %2/%3: %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not build %1: the final stage was not built.</source>
        <translation>%1 build नहीं हो सका: अंतिम stage build नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::ArrowDialog</name>
    <message>
        <location filename="../views/canvas/ArrowDialog.cpp" line="+80"/>
        <source>Copy an Artifact</source>
        <translation>build से बनी फ़ाइलें कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy files built in stage %1 into stage %2 (COPY --from).</source>
        <translation>stage %1 में बनी फ़ाइलें stage %2 में कॉपी करें (COPY --from)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source paths:</source>
        <translation>स्रोत paths (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>गंतव्य (&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths in the source stage, separated by spaces.</source>
        <translation>स्रोत stage के paths, space से अलग किए हुए।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::BuildPanel</name>
    <message>
        <location filename="../views/panels/BuildPanel.cpp" line="+174"/>
        <source>&amp;Target:</source>
        <translation>Target (&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ag:</source>
        <translation>Tag (&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name:tag (optional)</source>
        <translation>name:tag (वैकल्पिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build args (from the ARG lines; tick one to pass it):</source>
        <translation>Build args (ARG पंक्तियों से; जिसे भेजना हो, उस पर निशान लगाएँ):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declared in</source>
        <comment>build arg: stage or global</comment>
        <translation>कहाँ घोषित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;uilder:</source>
        <translation>Builder (&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (BuildKit when the engine offers it)</source>
        <extracomment>Builder choice in the Build dock</extracomment>
        <translation>अपने-आप (engine में हो तो BuildKit)</translation>
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
        <translation>engine का कौन-सा builder build चलाएगा। BuildKit केवल वही stages build करता है जिनकी target को ज़रूरत है, स्वतंत्र stages एक साथ चलाता है और RUN --mount जानता है; Podman में केवल classic builder है। यह वही सेटिंग है जो संपादन → सेटिंग्स में है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log of:</source>
        <translation>लॉग (&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All steps</source>
        <extracomment>Build log filter: show the output of every step</extracomment>
        <translation>सभी steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BuildKit builds: show only the output of one step.</source>
        <translation>BuildKit build: केवल एक step का output देखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No cache</source>
        <translation>Cache के बिना (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build every step again instead of using the engine&apos;s cache.</source>
        <translation>Engine की cache के बजाय हर step फिर से build करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pull base images</source>
        <translation>Base images pull करें (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the engine to pull newer versions of the base images first.</source>
        <translation>Engine से पहले base images के नए संस्करण pull करने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build</source>
        <translation>Build करें (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build log</source>
        <translation>Build लॉग</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build runs this Dockerfile on the Docker Engine and shows its output here, step by step; the running instruction lights up on the canvas and in the editor. It needs a running Docker Engine (its state is in the status bar; Edit → Preferences chooses another) and a saved file: Build saves first. Choose the target stage above, then press Build.</source>
        <translation>Build इस Dockerfile को Docker Engine पर चलाता है और उसका output यहाँ चरण-दर-चरण दिखाता है; चल रहा निर्देश कैनवास पर और संपादक में चमकता है। इसके लिए चलता हुआ Docker Engine चाहिए (उसकी स्थिति नीचे स्टेटस बार में है; संपादन → सेटिंग्स से दूसरा चुनें) और सहेजी हुई फ़ाइल: Build पहले सहेजता है। ऊपर target stage चुनें, फिर Build दबाएँ।</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (final)</source>
        <extracomment>Target list entry for the last stage; %1 = its name</extracomment>
        <translation>%1 (अंतिम)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Default: %1</source>
        <translation>डिफ़ॉल्ट: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default</source>
        <translation>कोई डिफ़ॉल्ट नहीं</translation>
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
        <translation>%1 ने कुछ नहीं लिखा।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::CanvasEmptyState</name>
    <message>
        <location filename="../views/canvas/CanvasEmptyState.cpp" line="+58"/>
        <source>Nothing on the canvas yet</source>
        <translation>कैनवास पर अभी कुछ नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each FROM in a Dockerfile becomes a block here, and each COPY --from an arrow between blocks. Start from a template, open a Dockerfile, or let the first lesson show you around. You can also type in the editor, or drag a base image from the palette onto the canvas.</source>
        <translation>Dockerfile का हर FROM यहाँ एक block बनता है, और हर COPY --from दो blocks के बीच एक तीर। किसी template से शुरू करें, कोई Dockerfile खोलें, या पहला पाठ आपको सब दिखाएगा। आप संपादक में लिख भी सकते हैं, या पैलेट से कोई base image कैनवास पर खींच सकते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from Template…</source>
        <translation>template से नया…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Lesson 1</source>
        <translation>पाठ 1 शुरू करें</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::CanvasPalette</name>
    <message>
        <location filename="../views/canvas/CanvasPalette.cpp" line="+111"/>
        <source>Full SDK images</source>
        <translation>पूरी SDK images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slim images</source>
        <translation>slim images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alpine images</source>
        <translation>Alpine पर आधारित images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distroless images</source>
        <translation>distroless images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty (scratch)</source>
        <translation>खाली (scratch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web servers</source>
        <translation>वेब सर्वर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag an image onto the canvas to add a stage, or an instruction onto a block.</source>
        <translation>नई stage जोड़ने के लिए image को canvas पर खींचें, या किसी निर्देश को block पर।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::DockerfileEditor</name>
    <message>
        <location filename="../views/editor/DockerfileEditor.cpp" line="+94"/>
        <source>Dockerfile editor</source>
        <translation>Dockerfile संपादक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a Dockerfile here, or open one.</source>
        <translation>यहाँ Dockerfile लिखें, या कोई Dockerfile खोलें।</translation>
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
        <translation>ठीक करें: %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Go to Stage Definition</source>
        <translation>stage की परिभाषा पर जाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename Stage…</source>
        <translation>stage का नाम बदलें…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Rename Stage</source>
        <translation>stage का नाम बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of the stage:</source>
        <translation>stage का नया नाम:</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Find…</source>
        <translation>खोजें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Line…</source>
        <translation>पंक्ति पर जाएँ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>ज़ूम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset Zoom</source>
        <translation>ज़ूम रीसेट करें</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FileDiffView</name>
    <message>
        <location filename="../views/panels/FileDiffView.cpp" line="+77"/>
        <source>gone</source>
        <extracomment>A file in image A (before) that image B (after) lacks</extracomment>
        <translation>हटी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <extracomment>A file in image B (after) that image A (before) lacks</extracomment>
        <translation>नई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>बदली</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>type %1 → %2</source>
        <extracomment>%1 → %2 = file types (file, directory, symlink…), kept in English</extracomment>
        <translation>प्रकार %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode %1 → %2</source>
        <extracomment>Permission bits: %1 → %2 (octal)</extracomment>
        <translation>अनुमतियाँ %1 → %2</translation>
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
        <translation>बदलाव का समय</translation>
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
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A (before)</source>
        <translation>A (पहले)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B (after)</source>
        <translation>B (बाद में)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>क्या बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter paths…</source>
        <translation>पथ फ़िल्टर करें…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All changes</source>
        <translation>सभी बदलाव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone</source>
        <translation>हटीं</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>बदलीं</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a stage of run A and of run B, then Compare Files.</source>
        <translation>माप A और माप B की एक-एक stage चुनें, फिर फ़ाइलों की तुलना करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: gone %3 files (%4), new %5 files (%6), changed %7 files (%8).</source>
        <extracomment>%1 = image A, %2 = image B; then %3 files and %4 bytes gone, %5 files and %6 bytes new, %7 files changed, %8 = the signed size change of the changed files</extracomment>
        <translation>%1 → %2: हटीं %3 फ़ाइलें (%4), नई %5 फ़ाइलें (%6), बदलीं %7 फ़ाइलें (%8)।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FilesPanel</name>
    <message>
        <location filename="../views/panels/FilesPanel.cpp" line="+152"/>
        <source>&amp;Image:</source>
        <translation>image (&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image name or ID</source>
        <translation>image का नाम या ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Files</source>
        <translation>फ़ाइलें दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the files of this image (a container is created, never started, and removed again).</source>
        <translation>इस image की फ़ाइलें पढ़ें (एक container बनाया जाता है, कभी चलाया नहीं जाता, और फिर हटा दिया जाता है)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh List</source>
        <translation>सूची ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the local images again.</source>
        <translation>local images की सूची फिर से बनाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by path</source>
        <translation>path से छाँटें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Only &amp;changed by this layer</source>
        <translation>केवल इस layer में बदली गई (&amp;C)</translation>
    </message>
    <message>
        <location line="-360"/>
        <location line="+361"/>
        <source>Only &amp;added by this stage</source>
        <translation>केवल इस stage में जोड़ी गई (&amp;A)</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>A&amp;ggregated: all changes since the base image</source>
        <translation>कुल मिलाकर: base image के बाद के सभी बदलाव (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everything the layers above the base image changed, up to the chosen one, instead of the chosen layer&apos;s changes only.</source>
        <translation>केवल चुनी गई layer के बदलावों की जगह, base image के ऊपर की layers ने चुनी गई layer तक जो कुछ बदला, वह सब चिह्नित करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers of the image</source>
        <translation>image की layers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files of the stage</source>
        <translation>stage की फ़ाइलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build the Dockerfile, then select a stage to see its files — or pick any local image above.</source>
        <translation>Dockerfile को build करें, फिर किसी stage को चुनकर उसकी फ़ाइलें देखें — या ऊपर से कोई भी local image चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+105"/>
        <source>Cancelled. The temporary container was removed.</source>
        <translation>रद्द किया गया। अस्थायी container हटा दिया गया।</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Which files does a stage make? Drag one onto a later stage to copy it there.</source>
        <translation>कोई stage कौन-सी फ़ाइलें बनाती है? किसी फ़ाइल को बाद की stage पर खींचें ताकि वह वहाँ copy हो जाए।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage %1 (image %2)</source>
        <extracomment>Files panel heading; %1 = stage name or #index, %2 = image ID</extracomment>
        <translation>stage %1 (image %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with its base %1.</source>
        <extracomment>%1 = the base image the files are compared with</extracomment>
        <translation>इसकी base %1 से तुलना की गई।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the files of %1 …</source>
        <translation>%1 की फ़ाइलें पढ़ी जा रही हैं …</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1, %Ln item(s)</source>
        <extracomment>Files panel progress; %1 = bytes read so far, %Ln = entries</extracomment>
        <translation>
            <numerusform>%1, %Ln प्रविष्टि</numerusform>
            <numerusform>%1, %Ln प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the layers was cancelled; the files above are complete.</source>
        <translation>layers पढ़ना रद्द किया गया; ऊपर दी गई फ़ाइलें पूरी हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%Ln item(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln प्रविष्टि, कुल %1।</numerusform>
            <numerusform>%Ln प्रविष्टियाँ, कुल %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This stage added %Ln item(s), %1.</source>
        <translation>
            <numerusform>इस stage ने %Ln प्रविष्टि जोड़ी, %1।</numerusform>
            <numerusform>इस stage ने %Ln प्रविष्टियाँ जोड़ीं, %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln layer(s): choose one to see what it changed.</source>
        <extracomment>appended to the Files panel summary; %Ln = layers</extracomment>
        <translation>
            <numerusform>%Ln layer: उसने क्या बदला, यह देखने के लिए उसे चुनें।</numerusform>
            <numerusform>%Ln layers: किसी एक ने क्या बदला, यह देखने के लिए उसे चुनें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln match(es)</source>
        <extracomment>Beside the Files panel&apos;s filter; %Ln = entries whose path matches</extracomment>
        <translation>
            <numerusform>%Ln मिलान</numerusform>
            <numerusform>%Ln मिलान</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the layers of %1 …</source>
        <extracomment>%1 = image</extracomment>
        <translation>%1 की layers पढ़ी जा रही हैं …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of about %2</source>
        <extracomment>Files panel, reading an image&apos;s layers; %1 = read so far, %2 = about how much in all</extracomment>
        <translation>लगभग %2 में से %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The layers could not be read: %1</source>
        <extracomment>%1 = why (the engine&apos;s error, translated)</extracomment>
        <translation>layers नहीं पढ़ी जा सकीं: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All files of the image</source>
        <extracomment>Files panel, the first row of the layer list: the whole image as read</extracomment>
        <translation>image की सभी फ़ाइलें</translation>
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
        <translation>(निर्देश अज्ञात)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%L1 added, %L2 modified, %L3 removed</source>
        <translation>%L1 जोड़ी गईं, %L2 बदली गईं, %L3 हटाई गईं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up to layer %1, since the base image: %2.</source>
        <extracomment>%1 = layer number (1 = lowest), %2 = &quot;N added, N modified, N removed&quot;</extracomment>
        <translation>base image के बाद, layer %1 तक: %2।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer %1 (line %2): %3.</source>
        <extracomment>%1 = layer number (1 = lowest), %2 = Dockerfile line, %3 = the changes</extracomment>
        <translation>layer %1 (पंक्ति %2): %3।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer %1 (base image): %2.</source>
        <extracomment>%1 = layer number (1 = lowest), %2 = the changes</extracomment>
        <translation>layer %1 (base image): %2।</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Type or pick an image name first.</source>
        <translation>पहले image का नाम लिखें या चुनें।</translation>
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
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>modified</source>
        <extracomment>Files panel, a layer&apos;s change to a file (as dive shows it)</extracomment>
        <translation>बदला गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <extracomment>Files panel, a layer&apos;s change to a file (as dive shows it)</extracomment>
        <translation>हटाया गया</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%Ln changed</source>
        <extracomment>Files panel: a folder with changes below it; %Ln = how many</extracomment>
        <translation>
            <numerusform>%Ln बदली गई</numerusform>
            <numerusform>%Ln बदली गईं</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 added</source>
        <extracomment>Files panel: a folder with added files below it; %1 = size</extracomment>
        <translation>%1 जोड़ा गया</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln फ़ाइल, %1</numerusform>
            <numerusform>%Ln फ़ाइलें, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed by this layer: its bytes stay in the layer below.</source>
        <translation>इस layer ने हटाया: इसके bytes नीचे की layer में बने रहते हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed here: %Ln item(s)</source>
        <translation>
            <numerusform>यहाँ बदली गई: %Ln प्रविष्टि</numerusform>
            <numerusform>यहाँ बदली गईं: %Ln प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Added by this stage: %Ln item(s), %1</source>
        <translation>
            <numerusform>इस stage ने जोड़ा: %Ln प्रविष्टि, %1</numerusform>
            <numerusform>इस stage ने जोड़ा: %Ln प्रविष्टियाँ, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag onto a later stage on the canvas to copy it there.</source>
        <translation>इसे canvas पर बाद की किसी stage पर खींचें ताकि यह वहाँ copy हो जाए।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <extracomment>Files panel column: what the chosen layer did to the file</extracomment>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>Files panel column: what this stage added beyond its base image</extracomment>
        <translation>जोड़ी गई</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::FindReplaceBar</name>
    <message>
        <location filename="../views/editor/FindReplaceBar.cpp" line="+84"/>
        <source>&amp;Find:</source>
        <translation>खोजें (&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place:</source>
        <translation>बदलें (&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>इससे बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find previous</source>
        <translation>पिछला खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find next</source>
        <translation>अगला खोजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>बड़े-छोटे अक्षर मिलाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>पूरे शब्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>regular expression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>सभी बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+88"/>
        <source>Invalid regular expression</source>
        <translation>regular expression ग़लत है।</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Not found</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search wrapped</source>
        <translation>खोज शुरुआत से फिर शुरू हुई।</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%Ln replaced</source>
        <extracomment>%n = number of replacements</extracomment>
        <translation>
            <numerusform>%Ln बदला गया</numerusform>
            <numerusform>%Ln बदले गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stagecraft::views::GoToLineDialog</name>
    <message>
        <location filename="../views/editor/GoToLineDialog.cpp" line="+51"/>
        <source>Go to Line</source>
        <translation>पंक्ति पर जाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Line number (1–%1):</source>
        <extracomment>%1 = number of lines in the document</extracomment>
        <translation>पंक्ति संख्या (1–%1) (&amp;L):</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::SizesPanel</name>
    <message>
        <location filename="../app/PanelWiring.cpp" line="-61"/>
        <location filename="../views/panels/SizesPanel.cpp" line="+399"/>
        <source>Export Measurement</source>
        <translation>माप निर्यात करें</translation>
    </message>
    <message>
        <location filename="../views/panels/SizesPanel.cpp" line="-251"/>
        <source>Build &amp;&amp; &amp;Measure All Stages</source>
        <translation>सभी stages build करें और मापें (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wasted space</source>
        <translation>बर्बाद जगह (&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also read every layer of every stage image and show its wasted space: files a later instruction removed or replaced, with the lines and a fix.</source>
        <translation>हर stage की image की हर layer भी पढ़ें और उसकी बर्बाद जगह दिखाएँ: वे फ़ाइलें जिन्हें बाद के instruction ने हटाया या बदला, पंक्तियों और सुधार के साथ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build every stage as a target and measure its image, its layers and the bytes each COPY --from carries.</source>
        <translation>हर stage को target के रूप में build करें और उसकी image, उसकी layers और हर COPY --from से जाने वाले बाइट मापें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>तुलना करें (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layers of:</source>
        <translation>इसकी layers (&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Files</source>
        <translation>&amp;Files दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files of the chosen stage&apos;s image in the Files panel.</source>
        <translation>चुने गए stage की image की files, Files पैनल में दिखाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Image size per stage</source>
        <translation>हर stage की image का आकार</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 of %2</source>
        <extracomment>Sizes panel progress bar; %1 = done, %2 = total (steps, or MB of layers read)</extracomment>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No measurement yet: use &quot;Build &amp; Measure All Stages&quot;.</source>
        <translation>अभी कोई माप नहीं: &quot;सभी stages build करें और मापें&quot; चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size (MB)</source>
        <translation>आकार (MB)</translation>
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
        <translation>Final image (%1) सबसे बड़ी stage है: दूसरी stages से कोई बचत नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The final stage was not built.</source>
        <translation>Final stage build नहीं हुई।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, cached)</source>
        <extracomment>Stage list entry: %1 = stage name, %2 = size; every step came from the cache</extracomment>
        <translation>%1 (%2, cache से)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, built in %3)</source>
        <extracomment>Stage list entry: %1 = stage name, %2 = size, %3 = build time (&quot;4.2 s&quot;)</extracomment>
        <translation>%1 (%2, %3 में build हुई)</translation>
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
        <translation>%1 build नहीं हुई।</translation>
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
        <translation>Markdown रिपोर्ट (*.md);;CSV तालिका (*.csv);;JSON रिपोर्ट (*.json);;चार्ट PNG के रूप में (*.png);;चार्ट SVG के रूप में (*.svg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Cannot write %1.</source>
        <translation>%1 लिखने में विफल।</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose a .png or .svg file for the chart.</source>
        <translation>चार्ट के लिए .png या .svg फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::StageActions</name>
    <message>
        <location filename="../views/canvas/StageActions.cpp" line="+69"/>
        <source>Only artifact arrows (COPY --from) can be removed here; change the base of a stage with “Set Base Image”.</source>
        <translation>यहाँ सिर्फ़ COPY --from वाले तीर हटाए जा सकते हैं; stage की base image “base image सेट करें” से बदलें।</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Set Base Image</source>
        <translation>base image सेट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base image or earlier stage for %1:</source>
        <translation>%1 के लिए base image या पिछली stage:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show in &amp;Editor</source>
        <translation>editor में दिखाएँ (&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Arrow</source>
        <translation>तीर हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Automatic Layout</source>
        <translation>अपने-आप लेआउट करें (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to View</source>
        <translation>पूरा दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;100%</source>
        <translation>ज़ूम 100% (&amp;1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rename Stage</source>
        <translation>stage का नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate Stage</source>
        <translation>stage की कॉपी बनाएँ (&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Earlier</source>
        <translation>पहले ले जाएँ (&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Later</source>
        <translation>बाद में ले जाएँ (&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Base Image…</source>
        <translation>base image सेट करें… (&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpand</source>
        <translation>फैलाएँ (&amp;X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ollapse</source>
        <translation>समेटें (&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Stage</source>
        <translation>stage हटाएँ (&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Stage and Its &amp;Arrows</source>
        <translation>stage और उसके तीर हटाएँ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::StageCanvas</name>
    <message>
        <location filename="../views/canvas/StageCanvas.cpp" line="+437"/>
        <source>Drop the arrow on another block to copy an artifact into it.</source>
        <translation>फ़ाइलें कॉपी करने के लिए तीर को किसी दूसरे block पर छोड़ें।</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>%1 is already in stage %2.</source>
        <translation>%1 पहले से stage %2 में है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage %1 comes before stage %2: a stage can only copy from stages above it. Move the stage, or drop on a later one.</source>
        <translation>stage %1, stage %2 से पहले आती है: कोई stage केवल अपने ऊपर की stages से copy कर सकती है। stage को खिसकाएँ, या बाद की किसी stage पर छोड़ें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stage “%1” is no longer in the Dockerfile; read its files again after a build.</source>
        <translation>stage “%1” अब Dockerfile में नहीं है; build के बाद उसकी फ़ाइलें फिर से पढ़ें।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown export format “%1”: use .png, .svg, .dot or .mmd.</source>
        <translation>अज्ञात निर्यात फ़ॉर्मेट “%1”: .png, .svg, .dot या .mmd इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::StageScene</name>
    <message>
        <location filename="../views/canvas/StageScene.cpp" line="+444"/>
        <source>The canvas layout file %1 could not be read and was ignored: %2</source>
        <translation>canvas लेआउट फ़ाइल %1 पढ़ी नहीं जा सकी, इसलिए उसे अनदेखा किया गया: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not save the canvas layout to %1: %2</source>
        <translation>canvas लेआउट %1 में सहेजने में विफल: %2</translation>
    </message>
</context>
<context>
    <name>stagecraft::views::WasteView</name>
    <message>
        <location filename="../views/panels/WasteView.cpp" line="+43"/>
        <source>Download, use and delete in one RUN.</source>
        <translation>डाउनलोड, उपयोग और हटाना एक ही RUN में करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy less, or COPY into a builder stage and COPY --from only the result.</source>
        <translation>कम कॉपी करें, या builder stage में COPY करें और COPY --from से केवल परिणाम लें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the step to a builder stage and COPY --from only the result.</source>
        <translation>यह चरण builder stage में ले जाएँ और COPY --from से केवल परिणाम लें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a slimmer base image: deleting its files saves nothing.</source>
        <translation>छोटी base image चुनें: उसकी फ़ाइलें हटाने से कुछ नहीं बचता।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wasted space: efficiency %1, wasted %2 (%3 of the stage&apos;s own bytes)</source>
        <extracomment>Sizes dock. %1 = efficiency (percent), %2 = wasted size, %3 = wasted share of the stage&apos;s own bytes (percent)</extracomment>
        <translation>बर्बाद जगह: दक्षता %1, बर्बाद %2 (stage के अपने bytes का %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>line %1</source>
        <translation>पंक्ति %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>the base image</source>
        <translation>base image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 added %2 that %3 replaced (%4)</source>
        <extracomment>%1 = &quot;line 2&quot;, %2 = size, %3 = &quot;line 3&quot;, %4 = the largest files</extracomment>
        <translation>%1 ने %2 जोड़ा, जिसे %3 ने बदल दिया (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added %2 that %3 removed (%4)</source>
        <translation>%1 ने %2 जोड़ा, जिसे %3 ने हटा दिया (%4)</translation>
    </message>
</context>
</TS>
