// The slowest examples' outcomes, explored (see outcomes.test.ts), first half: a file of its own so
// that one test worker explores them while another explores the second half (outcomes2.slow.test.ts).
import { describeExampleOutcomes, SLOW_EXAMPLES } from '../../../testing/exampleOutcomes.ts';

describeExampleOutcomes((id) => SLOW_EXAMPLES[0]?.has(id) ?? false);
