export {
  type AttestationFault,
  type AttestationPhase,
  attestationView,
  minExecutorsOf,
} from './attestation-view.js'
export * from './errors.js'
export * from './expected-keepers.js'
export * from './job-phase.js'
export * from './keeper.js'
export * from './keys.js'
export { trainingJobsView } from './model-view.js'
export * from './module.js'
export * from './msg-types.js'
export * from './msgs.js'
export * from './params.js'
export * from './query-paths.js'
export { markAssigned, type Settlement, settleJob } from './settle.js'
export { checkTimeline, jobTimes, scaledTimeline, type TimelineParams, timelineSteps } from './timeline.js'
