// The slowest examples' outcomes, explored (see outcomes.test.ts), second half: a file of its own so
// that one test worker explores them while another explores the first half (outcomes.slow.test.ts).
import { describeExampleOutcomes, SLOW_EXAMPLES } from '../../../testing/exampleOutcomes.ts';

describeExampleOutcomes((id) => SLOW_EXAMPLES[1]?.has(id) ?? false);
