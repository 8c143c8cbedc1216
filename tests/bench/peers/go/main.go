// SPDX-License-Identifier: GPL-3.0-or-later

// peer-go: Docker's classic Dockerfile parser (github.com/openshift/imagebuilder, Debian's
// golang-github-openshift-imagebuilder-dev) doing what `stagecraft-cli graph` does: parse the
// file, then split it into stages. A benchmark peer for scripts/bench-peers.sh, not part of
// Stagecraft.
//
//	peer-go time FILE ITERATIONS [WARMUP]  read FILE once; parse + NewStages WARMUP times
//	                                        untimed, then ITERATIONS times timed; prints
//	                                        "ns_per_iteration=N stages=S bytes=B"
//	peer-go summary FILE                    parse + NewStages once; prints a JSON summary of the
//	                                        stages and the COPY/ADD --from references
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/openshift/imagebuilder"
	"github.com/openshift/imagebuilder/dockerfile/parser"
)

func stagesOf(data []byte) (imagebuilder.Stages, error) {
	result, err := parser.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return imagebuilder.NewStages(result.AST, imagebuilder.NewBuilder(nil))
}

type stageJSON struct {
	Index int     `json:"index"`
	Name  string  `json:"name"`
	Base  *string `json:"base"`
	Line  int     `json:"line"`
}

type edgeJSON struct {
	Kind string `json:"kind"`
	From string `json:"from"`
	To   int    `json:"to"`
	Line int    `json:"line"`
}

type summaryJSON struct {
	Stages []stageJSON `json:"stages"`
	Edges  []edgeJSON  `json:"edges"`
}

func summary(stages imagebuilder.Stages) summaryJSON {
	out := summaryJSON{Stages: []stageJSON{}, Edges: []edgeJSON{}}
	for _, stage := range stages {
		s := stageJSON{Index: stage.Position, Name: stage.Name}
		if len(stage.Node.Children) > 0 {
			from := stage.Node.Children[0]
			s.Line = from.StartLine
			if from.Next != nil {
				base := from.Next.Value
				s.Base = &base
			}
		}
		out.Stages = append(out.Stages, s)
		for _, child := range stage.Node.Children {
			if child.Value != "copy" && child.Value != "add" {
				continue
			}
			for _, flag := range child.Flags {
				if strings.HasPrefix(flag, "--from=") {
					out.Edges = append(out.Edges, edgeJSON{Kind: "copy",
						From: strings.TrimPrefix(flag, "--from="), To: stage.Position,
						Line: child.StartLine})
				}
			}
		}
	}
	return out
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "peer-go: "+format+"\n", args...)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 3 {
		fail("usage: peer-go time FILE ITERATIONS [WARMUP] | peer-go summary FILE")
	}
	data, err := os.ReadFile(os.Args[2])
	if err != nil {
		fail("%v", err)
	}
	switch os.Args[1] {
	case "summary":
		stages, err := stagesOf(data)
		if err != nil {
			fail("%v", err)
		}
		out, _ := json.Marshal(summary(stages))
		os.Stdout.Write(append(out, '\n'))
	case "time":
		if len(os.Args) < 4 {
			fail("time needs FILE ITERATIONS [WARMUP]")
		}
		iterations, err := strconv.Atoi(os.Args[3])
		if err != nil || iterations < 1 {
			fail("bad ITERATIONS %q", os.Args[3])
		}
		warmup := 1
		if len(os.Args) > 4 {
			if warmup, err = strconv.Atoi(os.Args[4]); err != nil || warmup < 0 {
				fail("bad WARMUP %q", os.Args[4])
			}
		}
		count := 0
		for i := 0; i < warmup; i++ {
			stages, err := stagesOf(data)
			if err != nil {
				fail("%v", err)
			}
			count = len(stages)
		}
		start := time.Now()
		for i := 0; i < iterations; i++ {
			stages, err := stagesOf(data)
			if err != nil {
				fail("%v", err)
			}
			count = len(stages)
		}
		elapsed := time.Since(start)
		fmt.Printf("ns_per_iteration=%d stages=%d bytes=%d\n",
			elapsed.Nanoseconds()/int64(iterations), count, len(data))
	default:
		fail("unknown mode %q", os.Args[1])
	}
}
