// SPDX-License-Identifier: GPL-3.0-or-later
//
// peer-node: dockerfile-ast (the parser behind the Dockerfile language server) doing what
// `stagecraft-cli graph` does: parse the file, then find its stages (FROM instructions and their
// names). A benchmark peer for scripts/bench-peers.sh, not part of Stagecraft.
//
//   node peer-node.js time FILE ITERATIONS [WARMUP]  read FILE once; parse + getFROMs WARMUP
//                                                    times untimed (JIT warm-up), then
//                                                    ITERATIONS times timed; prints
//                                                    "ns_per_iteration=N stages=S bytes=B"
//   node peer-node.js summary FILE                   parse + getFROMs once; prints a JSON summary
//                                                    of the stages and COPY --from references
'use strict';

const fs = require('fs');
const { DockerfileParser } = require('dockerfile-ast');

function fail(message) {
    process.stderr.write(`peer-node: ${message}\n`);
    process.exit(2);
}

/// The timed work: parse, list the stages and read each stage's name (as Go's NewStages does).
function stagesOf(content) {
    const dockerfile = DockerfileParser.parse(content);
    const froms = dockerfile.getFROMs();
    let named = 0;
    for (const from of froms) {
        if (from.getBuildStage() !== null)
            ++named;
    }
    return { dockerfile, froms, named };
}

function summary(content) {
    const { dockerfile, froms } = stagesOf(content);
    const stages = froms.map((from, index) => ({
        index,
        name: from.getBuildStage(),
        base: from.getImage(),
        line: from.getRange().start.line + 1,
    }));
    const edges = [];
    let stage = -1;
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword().toUpperCase();
        if (keyword === 'FROM') {
            ++stage;
            continue;
        }
        if ((keyword === 'COPY' || keyword === 'ADD') && typeof instruction.getFlags === 'function') {
            for (const flag of instruction.getFlags()) {
                if (flag.getName() === 'from' && flag.getValue() !== null) {
                    edges.push({ kind: 'copy', from: flag.getValue(), to: stage,
                                 line: instruction.getRange().start.line + 1 });
                }
            }
        }
    }
    return { stages, edges };
}

function main() {
    const [mode, file, iterationsText, warmupText] = process.argv.slice(2);
    if (!mode || !file)
        fail('usage: peer-node.js time FILE ITERATIONS [WARMUP] | peer-node.js summary FILE');
    let content;
    try {
        content = fs.readFileSync(file, 'utf8');
    } catch (error) {
        fail(error.message);
    }
    if (mode === 'summary') {
        process.stdout.write(JSON.stringify(summary(content)) + '\n');
        return;
    }
    if (mode !== 'time')
        fail(`unknown mode "${mode}"`);
    const iterations = Number.parseInt(iterationsText, 10);
    const warmup = warmupText === undefined ? 1 : Number.parseInt(warmupText, 10);
    if (!(iterations >= 1) || !(warmup >= 0))
        fail('time needs FILE ITERATIONS [WARMUP] (ITERATIONS >= 1, WARMUP >= 0)');
    let count = 0;
    for (let i = 0; i < warmup; ++i)
        count = stagesOf(content).froms.length;
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; ++i)
        count = stagesOf(content).froms.length;
    const elapsed = process.hrtime.bigint() - start;
    const bytes = Buffer.byteLength(content, 'utf8');
    process.stdout.write(
        `ns_per_iteration=${elapsed / BigInt(iterations)} stages=${count} bytes=${bytes}\n`);
}

main();
