process.stderr.write('plan-timeline: the CLI is not built yet\n');
process.exitCode = 2;
