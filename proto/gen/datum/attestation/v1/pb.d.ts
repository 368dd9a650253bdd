import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace datum {

    namespace attestation {

        namespace v1 {

            interface IEventExecutorRegistered extends datum.attestation.v1.EventExecutorRegistered.$Properties {
            }

            class EventExecutorRegistered {
                constructor(properties?: datum.attestation.v1.EventExecutorRegistered.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                kind: string;
                bond: string;
                region: string;
                static create(properties: datum.attestation.v1.EventExecutorRegistered.$Shape): datum.attestation.v1.EventExecutorRegistered & datum.attestation.v1.EventExecutorRegistered.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorRegistered.$Properties): datum.attestation.v1.EventExecutorRegistered;
                static encode(message: datum.attestation.v1.EventExecutorRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorRegistered & datum.attestation.v1.EventExecutorRegistered.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorRegistered;
                static toObject(message: datum.attestation.v1.EventExecutorRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorRegistered {
                interface $Properties {
                    operator?: (string|null);
                    kind?: (string|null);
                    bond?: (string|null);
                    region?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorRegistered.$Properties;
            }

            interface IEventExecutorAudited extends datum.attestation.v1.EventExecutorAudited.$Properties {
            }

            class EventExecutorAudited {
                constructor(properties?: datum.attestation.v1.EventExecutorAudited.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                auditor: string;
                region: string;
                country: string;
                static create(properties: datum.attestation.v1.EventExecutorAudited.$Shape): datum.attestation.v1.EventExecutorAudited & datum.attestation.v1.EventExecutorAudited.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorAudited.$Properties): datum.attestation.v1.EventExecutorAudited;
                static encode(message: datum.attestation.v1.EventExecutorAudited.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorAudited & datum.attestation.v1.EventExecutorAudited.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorAudited;
                static toObject(message: datum.attestation.v1.EventExecutorAudited, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorAudited {
                interface $Properties {
                    executor?: (string|null);
                    auditor?: (string|null);
                    region?: (string|null);
                    country?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorAudited.$Properties;
            }

            interface IEventExecutorUpdated extends datum.attestation.v1.EventExecutorUpdated.$Properties {
            }

            class EventExecutorUpdated {
                constructor(properties?: datum.attestation.v1.EventExecutorUpdated.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                bond: string;
                static create(properties: datum.attestation.v1.EventExecutorUpdated.$Shape): datum.attestation.v1.EventExecutorUpdated & datum.attestation.v1.EventExecutorUpdated.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorUpdated.$Properties): datum.attestation.v1.EventExecutorUpdated;
                static encode(message: datum.attestation.v1.EventExecutorUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorUpdated & datum.attestation.v1.EventExecutorUpdated.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorUpdated;
                static toObject(message: datum.attestation.v1.EventExecutorUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorUpdated {
                interface $Properties {
                    operator?: (string|null);
                    bond?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorUpdated.$Properties;
            }

            interface IEventExecutorUnbonding extends datum.attestation.v1.EventExecutorUnbonding.$Properties {
            }

            class EventExecutorUnbonding {
                constructor(properties?: datum.attestation.v1.EventExecutorUnbonding.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                unbondingUntil: Long;
                static create(properties: datum.attestation.v1.EventExecutorUnbonding.$Shape): datum.attestation.v1.EventExecutorUnbonding & datum.attestation.v1.EventExecutorUnbonding.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorUnbonding.$Properties): datum.attestation.v1.EventExecutorUnbonding;
                static encode(message: datum.attestation.v1.EventExecutorUnbonding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorUnbonding & datum.attestation.v1.EventExecutorUnbonding.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorUnbonding;
                static toObject(message: datum.attestation.v1.EventExecutorUnbonding, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorUnbonding {
                interface $Properties {
                    operator?: (string|null);
                    unbondingUntil?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorUnbonding.$Properties;
            }

            interface IEventExecutorUnbonded extends datum.attestation.v1.EventExecutorUnbonded.$Properties {
            }

            class EventExecutorUnbonded {
                constructor(properties?: datum.attestation.v1.EventExecutorUnbonded.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                returned: string;
                static create(properties: datum.attestation.v1.EventExecutorUnbonded.$Shape): datum.attestation.v1.EventExecutorUnbonded & datum.attestation.v1.EventExecutorUnbonded.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorUnbonded.$Properties): datum.attestation.v1.EventExecutorUnbonded;
                static encode(message: datum.attestation.v1.EventExecutorUnbonded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorUnbonded & datum.attestation.v1.EventExecutorUnbonded.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorUnbonded;
                static toObject(message: datum.attestation.v1.EventExecutorUnbonded, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorUnbonded {
                interface $Properties {
                    operator?: (string|null);
                    returned?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorUnbonded.$Properties;
            }

            interface IEventJobAccepted extends datum.attestation.v1.EventJobAccepted.$Properties {
            }

            class EventJobAccepted {
                constructor(properties?: datum.attestation.v1.EventJobAccepted.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                executor: string;
                stake: string;
                static create(properties: datum.attestation.v1.EventJobAccepted.$Shape): datum.attestation.v1.EventJobAccepted & datum.attestation.v1.EventJobAccepted.$Shape;
                static create(properties?: datum.attestation.v1.EventJobAccepted.$Properties): datum.attestation.v1.EventJobAccepted;
                static encode(message: datum.attestation.v1.EventJobAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventJobAccepted & datum.attestation.v1.EventJobAccepted.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventJobAccepted;
                static toObject(message: datum.attestation.v1.EventJobAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobAccepted {
                interface $Properties {
                    jobId?: (Long|null);
                    executor?: (string|null);
                    stake?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventJobAccepted.$Properties;
            }

            interface IEventResultCommitted extends datum.attestation.v1.EventResultCommitted.$Properties {
            }

            class EventResultCommitted {
                constructor(properties?: datum.attestation.v1.EventResultCommitted.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                executor: string;
                commitment: string;
                static create(properties: datum.attestation.v1.EventResultCommitted.$Shape): datum.attestation.v1.EventResultCommitted & datum.attestation.v1.EventResultCommitted.$Shape;
                static create(properties?: datum.attestation.v1.EventResultCommitted.$Properties): datum.attestation.v1.EventResultCommitted;
                static encode(message: datum.attestation.v1.EventResultCommitted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventResultCommitted & datum.attestation.v1.EventResultCommitted.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventResultCommitted;
                static toObject(message: datum.attestation.v1.EventResultCommitted, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventResultCommitted {
                interface $Properties {
                    jobId?: (Long|null);
                    executor?: (string|null);
                    commitment?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventResultCommitted.$Properties;
            }

            interface IEventResultRevealed extends datum.attestation.v1.EventResultRevealed.$Properties {
            }

            class EventResultRevealed {
                constructor(properties?: datum.attestation.v1.EventResultRevealed.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                executor: string;
                resultDigest: string;
                outputUri: string;
                static create(properties: datum.attestation.v1.EventResultRevealed.$Shape): datum.attestation.v1.EventResultRevealed & datum.attestation.v1.EventResultRevealed.$Shape;
                static create(properties?: datum.attestation.v1.EventResultRevealed.$Properties): datum.attestation.v1.EventResultRevealed;
                static encode(message: datum.attestation.v1.EventResultRevealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventResultRevealed & datum.attestation.v1.EventResultRevealed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventResultRevealed;
                static toObject(message: datum.attestation.v1.EventResultRevealed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventResultRevealed {
                interface $Properties {
                    jobId?: (Long|null);
                    executor?: (string|null);
                    resultDigest?: (string|null);
                    outputUri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventResultRevealed.$Properties;
            }

            interface IEventJobAttested extends datum.attestation.v1.EventJobAttested.$Properties {
            }

            class EventJobAttested {
                constructor(properties?: datum.attestation.v1.EventJobAttested.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                resultDigest: string;
                executors: string[];
                quorumWeight: Long;
                static create(properties: datum.attestation.v1.EventJobAttested.$Shape): datum.attestation.v1.EventJobAttested & datum.attestation.v1.EventJobAttested.$Shape;
                static create(properties?: datum.attestation.v1.EventJobAttested.$Properties): datum.attestation.v1.EventJobAttested;
                static encode(message: datum.attestation.v1.EventJobAttested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventJobAttested & datum.attestation.v1.EventJobAttested.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventJobAttested;
                static toObject(message: datum.attestation.v1.EventJobAttested, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobAttested {
                interface $Properties {
                    jobId?: (Long|null);
                    resultDigest?: (string|null);
                    executors?: (string[]|null);
                    quorumWeight?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventJobAttested.$Properties;
            }

            interface IEventJobFinalized extends datum.attestation.v1.EventJobFinalized.$Properties {
            }

            class EventJobFinalized {
                constructor(properties?: datum.attestation.v1.EventJobFinalized.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                resultDigest: string;
                epsilonActualMicro: Long;
                static create(properties: datum.attestation.v1.EventJobFinalized.$Shape): datum.attestation.v1.EventJobFinalized & datum.attestation.v1.EventJobFinalized.$Shape;
                static create(properties?: datum.attestation.v1.EventJobFinalized.$Properties): datum.attestation.v1.EventJobFinalized;
                static encode(message: datum.attestation.v1.EventJobFinalized.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventJobFinalized & datum.attestation.v1.EventJobFinalized.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventJobFinalized;
                static toObject(message: datum.attestation.v1.EventJobFinalized, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobFinalized {
                interface $Properties {
                    jobId?: (Long|null);
                    resultDigest?: (string|null);
                    epsilonActualMicro?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventJobFinalized.$Properties;
            }

            interface IEventJobExpired extends datum.attestation.v1.EventJobExpired.$Properties {
            }

            class EventJobExpired {
                constructor(properties?: datum.attestation.v1.EventJobExpired.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                static create(properties: datum.attestation.v1.EventJobExpired.$Shape): datum.attestation.v1.EventJobExpired & datum.attestation.v1.EventJobExpired.$Shape;
                static create(properties?: datum.attestation.v1.EventJobExpired.$Properties): datum.attestation.v1.EventJobExpired;
                static encode(message: datum.attestation.v1.EventJobExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventJobExpired & datum.attestation.v1.EventJobExpired.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventJobExpired;
                static toObject(message: datum.attestation.v1.EventJobExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobExpired {
                interface $Properties {
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventJobExpired.$Properties;
            }

            interface IEventExecutorSlashed extends datum.attestation.v1.EventExecutorSlashed.$Properties {
            }

            class EventExecutorSlashed {
                constructor(properties?: datum.attestation.v1.EventExecutorSlashed.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                jobId: Long;
                amount: string;
                reason: string;
                static create(properties: datum.attestation.v1.EventExecutorSlashed.$Shape): datum.attestation.v1.EventExecutorSlashed & datum.attestation.v1.EventExecutorSlashed.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorSlashed.$Properties): datum.attestation.v1.EventExecutorSlashed;
                static encode(message: datum.attestation.v1.EventExecutorSlashed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorSlashed & datum.attestation.v1.EventExecutorSlashed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorSlashed;
                static toObject(message: datum.attestation.v1.EventExecutorSlashed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorSlashed {
                interface $Properties {
                    executor?: (string|null);
                    jobId?: (Long|null);
                    amount?: (string|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorSlashed.$Properties;
            }

            interface IEventExecutorJailed extends datum.attestation.v1.EventExecutorJailed.$Properties {
            }

            class EventExecutorJailed {
                constructor(properties?: datum.attestation.v1.EventExecutorJailed.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                bond: string;
                static create(properties: datum.attestation.v1.EventExecutorJailed.$Shape): datum.attestation.v1.EventExecutorJailed & datum.attestation.v1.EventExecutorJailed.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorJailed.$Properties): datum.attestation.v1.EventExecutorJailed;
                static encode(message: datum.attestation.v1.EventExecutorJailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorJailed & datum.attestation.v1.EventExecutorJailed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorJailed;
                static toObject(message: datum.attestation.v1.EventExecutorJailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorJailed {
                interface $Properties {
                    executor?: (string|null);
                    bond?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorJailed.$Properties;
            }

            interface IEventExecutorUnjailed extends datum.attestation.v1.EventExecutorUnjailed.$Properties {
            }

            class EventExecutorUnjailed {
                constructor(properties?: datum.attestation.v1.EventExecutorUnjailed.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                bond: string;
                static create(properties: datum.attestation.v1.EventExecutorUnjailed.$Shape): datum.attestation.v1.EventExecutorUnjailed & datum.attestation.v1.EventExecutorUnjailed.$Shape;
                static create(properties?: datum.attestation.v1.EventExecutorUnjailed.$Properties): datum.attestation.v1.EventExecutorUnjailed;
                static encode(message: datum.attestation.v1.EventExecutorUnjailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventExecutorUnjailed & datum.attestation.v1.EventExecutorUnjailed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventExecutorUnjailed;
                static toObject(message: datum.attestation.v1.EventExecutorUnjailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventExecutorUnjailed {
                interface $Properties {
                    executor?: (string|null);
                    bond?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventExecutorUnjailed.$Properties;
            }

            interface IEventChallengeOpened extends datum.attestation.v1.EventChallengeOpened.$Properties {
            }

            class EventChallengeOpened {
                constructor(properties?: datum.attestation.v1.EventChallengeOpened.$Properties);
                $unknowns?: Uint8Array[];
                disputeId: Long;
                jobId: Long;
                challenger: string;
                bond: string;
                static create(properties: datum.attestation.v1.EventChallengeOpened.$Shape): datum.attestation.v1.EventChallengeOpened & datum.attestation.v1.EventChallengeOpened.$Shape;
                static create(properties?: datum.attestation.v1.EventChallengeOpened.$Properties): datum.attestation.v1.EventChallengeOpened;
                static encode(message: datum.attestation.v1.EventChallengeOpened.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventChallengeOpened & datum.attestation.v1.EventChallengeOpened.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventChallengeOpened;
                static toObject(message: datum.attestation.v1.EventChallengeOpened, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventChallengeOpened {
                interface $Properties {
                    disputeId?: (Long|null);
                    jobId?: (Long|null);
                    challenger?: (string|null);
                    bond?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventChallengeOpened.$Properties;
            }

            interface IEventChallengeResolved extends datum.attestation.v1.EventChallengeResolved.$Properties {
            }

            class EventChallengeResolved {
                constructor(properties?: datum.attestation.v1.EventChallengeResolved.$Properties);
                $unknowns?: Uint8Array[];
                disputeId: Long;
                jobId: Long;
                upheld: boolean;
                arbiter: string;
                static create(properties: datum.attestation.v1.EventChallengeResolved.$Shape): datum.attestation.v1.EventChallengeResolved & datum.attestation.v1.EventChallengeResolved.$Shape;
                static create(properties?: datum.attestation.v1.EventChallengeResolved.$Properties): datum.attestation.v1.EventChallengeResolved;
                static encode(message: datum.attestation.v1.EventChallengeResolved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventChallengeResolved & datum.attestation.v1.EventChallengeResolved.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventChallengeResolved;
                static toObject(message: datum.attestation.v1.EventChallengeResolved, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventChallengeResolved {
                interface $Properties {
                    disputeId?: (Long|null);
                    jobId?: (Long|null);
                    upheld?: (boolean|null);
                    arbiter?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventChallengeResolved.$Properties;
            }

            interface IEventJobFaulted extends datum.attestation.v1.EventJobFaulted.$Properties {
            }

            class EventJobFaulted {
                constructor(properties?: datum.attestation.v1.EventJobFaulted.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                fault: string;
                executors: string[];
                reason: string;
                static create(properties: datum.attestation.v1.EventJobFaulted.$Shape): datum.attestation.v1.EventJobFaulted & datum.attestation.v1.EventJobFaulted.$Shape;
                static create(properties?: datum.attestation.v1.EventJobFaulted.$Properties): datum.attestation.v1.EventJobFaulted;
                static encode(message: datum.attestation.v1.EventJobFaulted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventJobFaulted & datum.attestation.v1.EventJobFaulted.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventJobFaulted;
                static toObject(message: datum.attestation.v1.EventJobFaulted, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobFaulted {
                interface $Properties {
                    jobId?: (Long|null);
                    fault?: (string|null);
                    executors?: (string[]|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventJobFaulted.$Properties;
            }

            interface IEventChallengeLapsed extends datum.attestation.v1.EventChallengeLapsed.$Properties {
            }

            class EventChallengeLapsed {
                constructor(properties?: datum.attestation.v1.EventChallengeLapsed.$Properties);
                $unknowns?: Uint8Array[];
                disputeId: Long;
                jobId: Long;
                static create(properties: datum.attestation.v1.EventChallengeLapsed.$Shape): datum.attestation.v1.EventChallengeLapsed & datum.attestation.v1.EventChallengeLapsed.$Shape;
                static create(properties?: datum.attestation.v1.EventChallengeLapsed.$Properties): datum.attestation.v1.EventChallengeLapsed;
                static encode(message: datum.attestation.v1.EventChallengeLapsed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.EventChallengeLapsed & datum.attestation.v1.EventChallengeLapsed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.EventChallengeLapsed;
                static toObject(message: datum.attestation.v1.EventChallengeLapsed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventChallengeLapsed {
                interface $Properties {
                    disputeId?: (Long|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.EventChallengeLapsed.$Properties;
            }

            interface IGenesisState extends datum.attestation.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(properties?: datum.attestation.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                params?: (datum.attestation.v1.Params.$Properties|null);
                executors: datum.attestation.v1.Executor.$Properties[];
                attestations: datum.attestation.v1.Attestation.$Properties[];
                disputes: datum.attestation.v1.Dispute.$Properties[];
                disputeSequence: Long;
                pool: string;
                static create(properties: datum.attestation.v1.GenesisState.$Shape): datum.attestation.v1.GenesisState & datum.attestation.v1.GenesisState.$Shape;
                static create(properties?: datum.attestation.v1.GenesisState.$Properties): datum.attestation.v1.GenesisState;
                static encode(message: datum.attestation.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.GenesisState & datum.attestation.v1.GenesisState.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.GenesisState;
                static toObject(message: datum.attestation.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    params?: (datum.attestation.v1.Params.$Properties|null);
                    executors?: (datum.attestation.v1.Executor.$Properties[]|null);
                    attestations?: (datum.attestation.v1.Attestation.$Properties[]|null);
                    disputes?: (datum.attestation.v1.Dispute.$Properties[]|null);
                    disputeSequence?: (Long|null);
                    pool?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.GenesisState.$Properties;
            }

            enum ExecutorKind {
                EXECUTOR_KIND_UNSPECIFIED = 0,
                EXECUTOR_KIND_PLAIN = 1,
                EXECUTOR_KIND_TEE_SGX = 2,
                EXECUTOR_KIND_TEE_TDX = 3,
                EXECUTOR_KIND_SEV = 4,
                EXECUTOR_KIND_NITRO = 5,
                EXECUTOR_KIND_MPC = 6
            }

            enum ExecutorState {
                EXECUTOR_STATE_UNSPECIFIED = 0,
                EXECUTOR_STATE_ACTIVE = 1,
                EXECUTOR_STATE_JAILED = 2,
                EXECUTOR_STATE_UNBONDING = 3,
                EXECUTOR_STATE_TOMBSTONED = 4
            }

            enum AttestationState {
                ATTESTATION_STATE_UNSPECIFIED = 0,
                ATTESTATION_STATE_OPEN = 1,
                ATTESTATION_STATE_ATTESTED = 2,
                ATTESTATION_STATE_FINALIZED = 3,
                ATTESTATION_STATE_FAILED = 4,
                ATTESTATION_STATE_DISPUTED = 5
            }

            enum DisputeState {
                DISPUTE_STATE_UNSPECIFIED = 0,
                DISPUTE_STATE_OPEN = 1,
                DISPUTE_STATE_UPHELD = 2,
                DISPUTE_STATE_REJECTED = 3,
                DISPUTE_STATE_LAPSED = 4
            }

            enum ReportedFault {
                REPORTED_FAULT_UNSPECIFIED = 0,
                REPORTED_FAULT_ALGORITHM = 1,
                REPORTED_FAULT_DATA = 2
            }

            interface IAttributes extends datum.attestation.v1.Attributes.$Properties {
            }

            class Attributes {
                constructor(properties?: datum.attestation.v1.Attributes.$Properties);
                $unknowns?: Uint8Array[];
                region: string;
                country: string;
                capabilities: string[];
                static create(properties: datum.attestation.v1.Attributes.$Shape): datum.attestation.v1.Attributes & datum.attestation.v1.Attributes.$Shape;
                static create(properties?: datum.attestation.v1.Attributes.$Properties): datum.attestation.v1.Attributes;
                static encode(message: datum.attestation.v1.Attributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Attributes & datum.attestation.v1.Attributes.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Attributes;
                static toObject(message: datum.attestation.v1.Attributes, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attributes {
                interface $Properties {
                    region?: (string|null);
                    country?: (string|null);
                    capabilities?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Attributes.$Properties;
            }

            interface IAuditedAttributes extends datum.attestation.v1.AuditedAttributes.$Properties {
            }

            class AuditedAttributes {
                constructor(properties?: datum.attestation.v1.AuditedAttributes.$Properties);
                $unknowns?: Uint8Array[];
                auditor: string;
                region: string;
                country: string;
                auditedAt: Long;
                static create(properties: datum.attestation.v1.AuditedAttributes.$Shape): datum.attestation.v1.AuditedAttributes & datum.attestation.v1.AuditedAttributes.$Shape;
                static create(properties?: datum.attestation.v1.AuditedAttributes.$Properties): datum.attestation.v1.AuditedAttributes;
                static encode(message: datum.attestation.v1.AuditedAttributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.AuditedAttributes & datum.attestation.v1.AuditedAttributes.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.AuditedAttributes;
                static toObject(message: datum.attestation.v1.AuditedAttributes, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuditedAttributes {
                interface $Properties {
                    auditor?: (string|null);
                    region?: (string|null);
                    country?: (string|null);
                    auditedAt?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.AuditedAttributes.$Properties;
            }

            interface IExecutor extends datum.attestation.v1.Executor.$Properties {
            }

            class Executor {
                constructor(properties?: datum.attestation.v1.Executor.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                kind: datum.attestation.v1.ExecutorKind;
                measurement: string;
                declared?: (datum.attestation.v1.Attributes.$Properties|null);
                audits: datum.attestation.v1.AuditedAttributes.$Properties[];
                reputation: number;
                state: datum.attestation.v1.ExecutorState;
                unbondingUntil: Long;
                locked: string;
                pubKey: string;
                endpoint: string;
                static create(properties: datum.attestation.v1.Executor.$Shape): datum.attestation.v1.Executor & datum.attestation.v1.Executor.$Shape;
                static create(properties?: datum.attestation.v1.Executor.$Properties): datum.attestation.v1.Executor;
                static encode(message: datum.attestation.v1.Executor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Executor & datum.attestation.v1.Executor.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Executor;
                static toObject(message: datum.attestation.v1.Executor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Executor {
                interface $Properties {
                    operator?: (string|null);
                    bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    kind?: (datum.attestation.v1.ExecutorKind|null);
                    measurement?: (string|null);
                    declared?: (datum.attestation.v1.Attributes.$Properties|null);
                    audits?: (datum.attestation.v1.AuditedAttributes.$Properties[]|null);
                    reputation?: (number|null);
                    state?: (datum.attestation.v1.ExecutorState|null);
                    unbondingUntil?: (Long|null);
                    locked?: (string|null);
                    pubKey?: (string|null);
                    endpoint?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Executor.$Properties;
            }

            interface ICommitment extends datum.attestation.v1.Commitment.$Properties {
            }

            class Commitment {
                constructor(properties?: datum.attestation.v1.Commitment.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                hash: string;
                weight: Long;
                height: Long;
                static create(properties: datum.attestation.v1.Commitment.$Shape): datum.attestation.v1.Commitment & datum.attestation.v1.Commitment.$Shape;
                static create(properties?: datum.attestation.v1.Commitment.$Properties): datum.attestation.v1.Commitment;
                static encode(message: datum.attestation.v1.Commitment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Commitment & datum.attestation.v1.Commitment.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Commitment;
                static toObject(message: datum.attestation.v1.Commitment, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Commitment {
                interface $Properties {
                    executor?: (string|null);
                    hash?: (string|null);
                    weight?: (Long|null);
                    height?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Commitment.$Properties;
            }

            interface IReveal extends datum.attestation.v1.Reveal.$Properties {
            }

            class Reveal {
                constructor(properties?: datum.attestation.v1.Reveal.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                resultDigest: string;
                outputUri: string;
                epsilonSpentMicro: Long;
                height: Long;
                evidenceHash: string;
                fault: datum.attestation.v1.ReportedFault;
                faultReason: string;
                static create(properties: datum.attestation.v1.Reveal.$Shape): datum.attestation.v1.Reveal & datum.attestation.v1.Reveal.$Shape;
                static create(properties?: datum.attestation.v1.Reveal.$Properties): datum.attestation.v1.Reveal;
                static encode(message: datum.attestation.v1.Reveal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Reveal & datum.attestation.v1.Reveal.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Reveal;
                static toObject(message: datum.attestation.v1.Reveal, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reveal {
                interface $Properties {
                    executor?: (string|null);
                    resultDigest?: (string|null);
                    outputUri?: (string|null);
                    epsilonSpentMicro?: (Long|null);
                    height?: (Long|null);
                    evidenceHash?: (string|null);
                    fault?: (datum.attestation.v1.ReportedFault|null);
                    faultReason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Reveal.$Properties;
            }

            interface IAttestation extends datum.attestation.v1.Attestation.$Properties {
            }

            class Attestation {
                constructor(properties?: datum.attestation.v1.Attestation.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                state: datum.attestation.v1.AttestationState;
                assigned: string[];
                commitments: datum.attestation.v1.Commitment.$Properties[];
                reveals: datum.attestation.v1.Reveal.$Properties[];
                resultDigest: string;
                outputUri: string;
                agreeing: string[];
                quorumWeight: Long;
                epsilonActualMicro: Long;
                attestedAt: Long;
                finalizedAt: Long;
                stakePerExecutor: string;
                fault: datum.attestation.v1.ReportedFault;
                static create(properties: datum.attestation.v1.Attestation.$Shape): datum.attestation.v1.Attestation & datum.attestation.v1.Attestation.$Shape;
                static create(properties?: datum.attestation.v1.Attestation.$Properties): datum.attestation.v1.Attestation;
                static encode(message: datum.attestation.v1.Attestation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Attestation & datum.attestation.v1.Attestation.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Attestation;
                static toObject(message: datum.attestation.v1.Attestation, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Attestation {
                interface $Properties {
                    jobId?: (Long|null);
                    state?: (datum.attestation.v1.AttestationState|null);
                    assigned?: (string[]|null);
                    commitments?: (datum.attestation.v1.Commitment.$Properties[]|null);
                    reveals?: (datum.attestation.v1.Reveal.$Properties[]|null);
                    resultDigest?: (string|null);
                    outputUri?: (string|null);
                    agreeing?: (string[]|null);
                    quorumWeight?: (Long|null);
                    epsilonActualMicro?: (Long|null);
                    attestedAt?: (Long|null);
                    finalizedAt?: (Long|null);
                    stakePerExecutor?: (string|null);
                    fault?: (datum.attestation.v1.ReportedFault|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Attestation.$Properties;
            }

            interface IDispute extends datum.attestation.v1.Dispute.$Properties {
            }

            class Dispute {
                constructor(properties?: datum.attestation.v1.Dispute.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                jobId: Long;
                challenger: string;
                bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                reason: string;
                state: datum.attestation.v1.DisputeState;
                openedAt: Long;
                arbiter: string;
                static create(properties: datum.attestation.v1.Dispute.$Shape): datum.attestation.v1.Dispute & datum.attestation.v1.Dispute.$Shape;
                static create(properties?: datum.attestation.v1.Dispute.$Properties): datum.attestation.v1.Dispute;
                static encode(message: datum.attestation.v1.Dispute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Dispute & datum.attestation.v1.Dispute.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Dispute;
                static toObject(message: datum.attestation.v1.Dispute, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Dispute {
                interface $Properties {
                    id?: (Long|null);
                    jobId?: (Long|null);
                    challenger?: (string|null);
                    bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    reason?: (string|null);
                    state?: (datum.attestation.v1.DisputeState|null);
                    openedAt?: (Long|null);
                    arbiter?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Dispute.$Properties;
            }

            interface IParams extends datum.attestation.v1.Params.$Properties {
            }

            class Params {
                constructor(properties?: datum.attestation.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                minExecutorBond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                unbondingPeriodSeconds: Long;
                slashFaultBps: number;
                slashInvalidBps: number;
                challengerRewardBps: number;
                challengeBondMin?: (cosmos.base.v1beta1.Coin.$Properties|null);
                auditors: string[];
                arbiters: string[];
                jobStake: string;
                trust: number;
                maxExecutorsPerJob: number;
                measurements: datum.attestation.v1.MeasurementAllowance.$Properties[];
                static create(properties: datum.attestation.v1.Params.$Shape): datum.attestation.v1.Params & datum.attestation.v1.Params.$Shape;
                static create(properties?: datum.attestation.v1.Params.$Properties): datum.attestation.v1.Params;
                static encode(message: datum.attestation.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.Params & datum.attestation.v1.Params.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.Params;
                static toObject(message: datum.attestation.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    minExecutorBond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    unbondingPeriodSeconds?: (Long|null);
                    slashFaultBps?: (number|null);
                    slashInvalidBps?: (number|null);
                    challengerRewardBps?: (number|null);
                    challengeBondMin?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    auditors?: (string[]|null);
                    arbiters?: (string[]|null);
                    jobStake?: (string|null);
                    trust?: (number|null);
                    maxExecutorsPerJob?: (number|null);
                    measurements?: (datum.attestation.v1.MeasurementAllowance.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.Params.$Properties;
            }

            interface IMeasurementAllowance extends datum.attestation.v1.MeasurementAllowance.$Properties {
            }

            class MeasurementAllowance {
                constructor(properties?: datum.attestation.v1.MeasurementAllowance.$Properties);
                $unknowns?: Uint8Array[];
                kind: datum.attestation.v1.ExecutorKind;
                measurement: string;
                static create(properties: datum.attestation.v1.MeasurementAllowance.$Shape): datum.attestation.v1.MeasurementAllowance & datum.attestation.v1.MeasurementAllowance.$Shape;
                static create(properties?: datum.attestation.v1.MeasurementAllowance.$Properties): datum.attestation.v1.MeasurementAllowance;
                static encode(message: datum.attestation.v1.MeasurementAllowance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MeasurementAllowance & datum.attestation.v1.MeasurementAllowance.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MeasurementAllowance;
                static toObject(message: datum.attestation.v1.MeasurementAllowance, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MeasurementAllowance {
                interface $Properties {
                    kind?: (datum.attestation.v1.ExecutorKind|null);
                    measurement?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MeasurementAllowance.$Properties;
            }

            interface IQueryParamsRequest extends datum.attestation.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(properties?: datum.attestation.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.QueryParamsRequest.$Shape): datum.attestation.v1.QueryParamsRequest & datum.attestation.v1.QueryParamsRequest.$Shape;
                static create(properties?: datum.attestation.v1.QueryParamsRequest.$Properties): datum.attestation.v1.QueryParamsRequest;
                static encode(message: datum.attestation.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryParamsRequest & datum.attestation.v1.QueryParamsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryParamsRequest;
                static toObject(message: datum.attestation.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends datum.attestation.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(properties?: datum.attestation.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (datum.attestation.v1.Params.$Properties|null);
                static create(properties: datum.attestation.v1.QueryParamsResponse.$Shape): datum.attestation.v1.QueryParamsResponse & datum.attestation.v1.QueryParamsResponse.$Shape;
                static create(properties?: datum.attestation.v1.QueryParamsResponse.$Properties): datum.attestation.v1.QueryParamsResponse;
                static encode(message: datum.attestation.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryParamsResponse & datum.attestation.v1.QueryParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryParamsResponse;
                static toObject(message: datum.attestation.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (datum.attestation.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryParamsResponse.$Properties;
            }

            interface IQueryExecutorRequest extends datum.attestation.v1.QueryExecutorRequest.$Properties {
            }

            class QueryExecutorRequest {
                constructor(properties?: datum.attestation.v1.QueryExecutorRequest.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                static create(properties: datum.attestation.v1.QueryExecutorRequest.$Shape): datum.attestation.v1.QueryExecutorRequest & datum.attestation.v1.QueryExecutorRequest.$Shape;
                static create(properties?: datum.attestation.v1.QueryExecutorRequest.$Properties): datum.attestation.v1.QueryExecutorRequest;
                static encode(message: datum.attestation.v1.QueryExecutorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryExecutorRequest & datum.attestation.v1.QueryExecutorRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryExecutorRequest;
                static toObject(message: datum.attestation.v1.QueryExecutorRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryExecutorRequest {
                interface $Properties {
                    operator?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryExecutorRequest.$Properties;
            }

            interface IQueryExecutorResponse extends datum.attestation.v1.QueryExecutorResponse.$Properties {
            }

            class QueryExecutorResponse {
                constructor(properties?: datum.attestation.v1.QueryExecutorResponse.$Properties);
                $unknowns?: Uint8Array[];
                executor?: (datum.attestation.v1.Executor.$Properties|null);
                static create(properties: datum.attestation.v1.QueryExecutorResponse.$Shape): datum.attestation.v1.QueryExecutorResponse & datum.attestation.v1.QueryExecutorResponse.$Shape;
                static create(properties?: datum.attestation.v1.QueryExecutorResponse.$Properties): datum.attestation.v1.QueryExecutorResponse;
                static encode(message: datum.attestation.v1.QueryExecutorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryExecutorResponse & datum.attestation.v1.QueryExecutorResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryExecutorResponse;
                static toObject(message: datum.attestation.v1.QueryExecutorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryExecutorResponse {
                interface $Properties {
                    executor?: (datum.attestation.v1.Executor.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryExecutorResponse.$Properties;
            }

            interface IQueryExecutorsRequest extends datum.attestation.v1.QueryExecutorsRequest.$Properties {
            }

            class QueryExecutorsRequest {
                constructor(properties?: datum.attestation.v1.QueryExecutorsRequest.$Properties);
                $unknowns?: Uint8Array[];
                kind: datum.attestation.v1.ExecutorKind;
                region: string;
                state: datum.attestation.v1.ExecutorState;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.attestation.v1.QueryExecutorsRequest.$Shape): datum.attestation.v1.QueryExecutorsRequest & datum.attestation.v1.QueryExecutorsRequest.$Shape;
                static create(properties?: datum.attestation.v1.QueryExecutorsRequest.$Properties): datum.attestation.v1.QueryExecutorsRequest;
                static encode(message: datum.attestation.v1.QueryExecutorsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryExecutorsRequest & datum.attestation.v1.QueryExecutorsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryExecutorsRequest;
                static toObject(message: datum.attestation.v1.QueryExecutorsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryExecutorsRequest {
                interface $Properties {
                    kind?: (datum.attestation.v1.ExecutorKind|null);
                    region?: (string|null);
                    state?: (datum.attestation.v1.ExecutorState|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryExecutorsRequest.$Properties;
            }

            interface IQueryExecutorsResponse extends datum.attestation.v1.QueryExecutorsResponse.$Properties {
            }

            class QueryExecutorsResponse {
                constructor(properties?: datum.attestation.v1.QueryExecutorsResponse.$Properties);
                $unknowns?: Uint8Array[];
                executors: datum.attestation.v1.Executor.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.attestation.v1.QueryExecutorsResponse.$Shape): datum.attestation.v1.QueryExecutorsResponse & datum.attestation.v1.QueryExecutorsResponse.$Shape;
                static create(properties?: datum.attestation.v1.QueryExecutorsResponse.$Properties): datum.attestation.v1.QueryExecutorsResponse;
                static encode(message: datum.attestation.v1.QueryExecutorsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryExecutorsResponse & datum.attestation.v1.QueryExecutorsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryExecutorsResponse;
                static toObject(message: datum.attestation.v1.QueryExecutorsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryExecutorsResponse {
                interface $Properties {
                    executors?: (datum.attestation.v1.Executor.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryExecutorsResponse.$Properties;
            }

            interface IQueryAttestationRequest extends datum.attestation.v1.QueryAttestationRequest.$Properties {
            }

            class QueryAttestationRequest {
                constructor(properties?: datum.attestation.v1.QueryAttestationRequest.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                static create(properties: datum.attestation.v1.QueryAttestationRequest.$Shape): datum.attestation.v1.QueryAttestationRequest & datum.attestation.v1.QueryAttestationRequest.$Shape;
                static create(properties?: datum.attestation.v1.QueryAttestationRequest.$Properties): datum.attestation.v1.QueryAttestationRequest;
                static encode(message: datum.attestation.v1.QueryAttestationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryAttestationRequest & datum.attestation.v1.QueryAttestationRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryAttestationRequest;
                static toObject(message: datum.attestation.v1.QueryAttestationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAttestationRequest {
                interface $Properties {
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryAttestationRequest.$Properties;
            }

            interface IQueryAttestationResponse extends datum.attestation.v1.QueryAttestationResponse.$Properties {
            }

            class QueryAttestationResponse {
                constructor(properties?: datum.attestation.v1.QueryAttestationResponse.$Properties);
                $unknowns?: Uint8Array[];
                attestation?: (datum.attestation.v1.Attestation.$Properties|null);
                static create(properties: datum.attestation.v1.QueryAttestationResponse.$Shape): datum.attestation.v1.QueryAttestationResponse & datum.attestation.v1.QueryAttestationResponse.$Shape;
                static create(properties?: datum.attestation.v1.QueryAttestationResponse.$Properties): datum.attestation.v1.QueryAttestationResponse;
                static encode(message: datum.attestation.v1.QueryAttestationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryAttestationResponse & datum.attestation.v1.QueryAttestationResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryAttestationResponse;
                static toObject(message: datum.attestation.v1.QueryAttestationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAttestationResponse {
                interface $Properties {
                    attestation?: (datum.attestation.v1.Attestation.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryAttestationResponse.$Properties;
            }

            interface IQueryDisputeRequest extends datum.attestation.v1.QueryDisputeRequest.$Properties {
            }

            class QueryDisputeRequest {
                constructor(properties?: datum.attestation.v1.QueryDisputeRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                static create(properties: datum.attestation.v1.QueryDisputeRequest.$Shape): datum.attestation.v1.QueryDisputeRequest & datum.attestation.v1.QueryDisputeRequest.$Shape;
                static create(properties?: datum.attestation.v1.QueryDisputeRequest.$Properties): datum.attestation.v1.QueryDisputeRequest;
                static encode(message: datum.attestation.v1.QueryDisputeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryDisputeRequest & datum.attestation.v1.QueryDisputeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryDisputeRequest;
                static toObject(message: datum.attestation.v1.QueryDisputeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDisputeRequest {
                interface $Properties {
                    id?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryDisputeRequest.$Properties;
            }

            interface IQueryDisputeResponse extends datum.attestation.v1.QueryDisputeResponse.$Properties {
            }

            class QueryDisputeResponse {
                constructor(properties?: datum.attestation.v1.QueryDisputeResponse.$Properties);
                $unknowns?: Uint8Array[];
                dispute?: (datum.attestation.v1.Dispute.$Properties|null);
                static create(properties: datum.attestation.v1.QueryDisputeResponse.$Shape): datum.attestation.v1.QueryDisputeResponse & datum.attestation.v1.QueryDisputeResponse.$Shape;
                static create(properties?: datum.attestation.v1.QueryDisputeResponse.$Properties): datum.attestation.v1.QueryDisputeResponse;
                static encode(message: datum.attestation.v1.QueryDisputeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryDisputeResponse & datum.attestation.v1.QueryDisputeResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryDisputeResponse;
                static toObject(message: datum.attestation.v1.QueryDisputeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDisputeResponse {
                interface $Properties {
                    dispute?: (datum.attestation.v1.Dispute.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryDisputeResponse.$Properties;
            }

            interface IQueryDisputesRequest extends datum.attestation.v1.QueryDisputesRequest.$Properties {
            }

            class QueryDisputesRequest {
                constructor(properties?: datum.attestation.v1.QueryDisputesRequest.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                state: datum.attestation.v1.DisputeState;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.attestation.v1.QueryDisputesRequest.$Shape): datum.attestation.v1.QueryDisputesRequest & datum.attestation.v1.QueryDisputesRequest.$Shape;
                static create(properties?: datum.attestation.v1.QueryDisputesRequest.$Properties): datum.attestation.v1.QueryDisputesRequest;
                static encode(message: datum.attestation.v1.QueryDisputesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryDisputesRequest & datum.attestation.v1.QueryDisputesRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryDisputesRequest;
                static toObject(message: datum.attestation.v1.QueryDisputesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDisputesRequest {
                interface $Properties {
                    jobId?: (Long|null);
                    state?: (datum.attestation.v1.DisputeState|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryDisputesRequest.$Properties;
            }

            interface IQueryDisputesResponse extends datum.attestation.v1.QueryDisputesResponse.$Properties {
            }

            class QueryDisputesResponse {
                constructor(properties?: datum.attestation.v1.QueryDisputesResponse.$Properties);
                $unknowns?: Uint8Array[];
                disputes: datum.attestation.v1.Dispute.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.attestation.v1.QueryDisputesResponse.$Shape): datum.attestation.v1.QueryDisputesResponse & datum.attestation.v1.QueryDisputesResponse.$Shape;
                static create(properties?: datum.attestation.v1.QueryDisputesResponse.$Properties): datum.attestation.v1.QueryDisputesResponse;
                static encode(message: datum.attestation.v1.QueryDisputesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.QueryDisputesResponse & datum.attestation.v1.QueryDisputesResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.QueryDisputesResponse;
                static toObject(message: datum.attestation.v1.QueryDisputesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDisputesResponse {
                interface $Properties {
                    disputes?: (datum.attestation.v1.Dispute.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.QueryDisputesResponse.$Properties;
            }

            interface IMsgRegisterExecutor extends datum.attestation.v1.MsgRegisterExecutor.$Properties {
            }

            class MsgRegisterExecutor {
                constructor(properties?: datum.attestation.v1.MsgRegisterExecutor.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                kind: datum.attestation.v1.ExecutorKind;
                measurement: string;
                declared?: (datum.attestation.v1.Attributes.$Properties|null);
                pubKey: string;
                endpoint: string;
                static create(properties: datum.attestation.v1.MsgRegisterExecutor.$Shape): datum.attestation.v1.MsgRegisterExecutor & datum.attestation.v1.MsgRegisterExecutor.$Shape;
                static create(properties?: datum.attestation.v1.MsgRegisterExecutor.$Properties): datum.attestation.v1.MsgRegisterExecutor;
                static encode(message: datum.attestation.v1.MsgRegisterExecutor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgRegisterExecutor & datum.attestation.v1.MsgRegisterExecutor.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgRegisterExecutor;
                static toObject(message: datum.attestation.v1.MsgRegisterExecutor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterExecutor {
                interface $Properties {
                    operator?: (string|null);
                    bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    kind?: (datum.attestation.v1.ExecutorKind|null);
                    measurement?: (string|null);
                    declared?: (datum.attestation.v1.Attributes.$Properties|null);
                    pubKey?: (string|null);
                    endpoint?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgRegisterExecutor.$Properties;
            }

            interface IMsgRegisterExecutorResponse extends datum.attestation.v1.MsgRegisterExecutorResponse.$Properties {
            }

            class MsgRegisterExecutorResponse {
                constructor(properties?: datum.attestation.v1.MsgRegisterExecutorResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgRegisterExecutorResponse.$Shape): datum.attestation.v1.MsgRegisterExecutorResponse & datum.attestation.v1.MsgRegisterExecutorResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgRegisterExecutorResponse.$Properties): datum.attestation.v1.MsgRegisterExecutorResponse;
                static encode(message: datum.attestation.v1.MsgRegisterExecutorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgRegisterExecutorResponse & datum.attestation.v1.MsgRegisterExecutorResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgRegisterExecutorResponse;
                static toObject(message: datum.attestation.v1.MsgRegisterExecutorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterExecutorResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgRegisterExecutorResponse.$Properties;
            }

            interface IMsgAuditExecutor extends datum.attestation.v1.MsgAuditExecutor.$Properties {
            }

            class MsgAuditExecutor {
                constructor(properties?: datum.attestation.v1.MsgAuditExecutor.$Properties);
                $unknowns?: Uint8Array[];
                auditor: string;
                executor: string;
                region: string;
                country: string;
                static create(properties: datum.attestation.v1.MsgAuditExecutor.$Shape): datum.attestation.v1.MsgAuditExecutor & datum.attestation.v1.MsgAuditExecutor.$Shape;
                static create(properties?: datum.attestation.v1.MsgAuditExecutor.$Properties): datum.attestation.v1.MsgAuditExecutor;
                static encode(message: datum.attestation.v1.MsgAuditExecutor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgAuditExecutor & datum.attestation.v1.MsgAuditExecutor.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgAuditExecutor;
                static toObject(message: datum.attestation.v1.MsgAuditExecutor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAuditExecutor {
                interface $Properties {
                    auditor?: (string|null);
                    executor?: (string|null);
                    region?: (string|null);
                    country?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgAuditExecutor.$Properties;
            }

            interface IMsgAuditExecutorResponse extends datum.attestation.v1.MsgAuditExecutorResponse.$Properties {
            }

            class MsgAuditExecutorResponse {
                constructor(properties?: datum.attestation.v1.MsgAuditExecutorResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgAuditExecutorResponse.$Shape): datum.attestation.v1.MsgAuditExecutorResponse & datum.attestation.v1.MsgAuditExecutorResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgAuditExecutorResponse.$Properties): datum.attestation.v1.MsgAuditExecutorResponse;
                static encode(message: datum.attestation.v1.MsgAuditExecutorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgAuditExecutorResponse & datum.attestation.v1.MsgAuditExecutorResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgAuditExecutorResponse;
                static toObject(message: datum.attestation.v1.MsgAuditExecutorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAuditExecutorResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgAuditExecutorResponse.$Properties;
            }

            interface IMsgUpdateExecutor extends datum.attestation.v1.MsgUpdateExecutor.$Properties {
            }

            class MsgUpdateExecutor {
                constructor(properties?: datum.attestation.v1.MsgUpdateExecutor.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                measurement: string;
                declared?: (datum.attestation.v1.Attributes.$Properties|null);
                endpoint: string;
                static create(properties: datum.attestation.v1.MsgUpdateExecutor.$Shape): datum.attestation.v1.MsgUpdateExecutor & datum.attestation.v1.MsgUpdateExecutor.$Shape;
                static create(properties?: datum.attestation.v1.MsgUpdateExecutor.$Properties): datum.attestation.v1.MsgUpdateExecutor;
                static encode(message: datum.attestation.v1.MsgUpdateExecutor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgUpdateExecutor & datum.attestation.v1.MsgUpdateExecutor.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgUpdateExecutor;
                static toObject(message: datum.attestation.v1.MsgUpdateExecutor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateExecutor {
                interface $Properties {
                    operator?: (string|null);
                    measurement?: (string|null);
                    declared?: (datum.attestation.v1.Attributes.$Properties|null);
                    endpoint?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgUpdateExecutor.$Properties;
            }

            interface IMsgUpdateExecutorResponse extends datum.attestation.v1.MsgUpdateExecutorResponse.$Properties {
            }

            class MsgUpdateExecutorResponse {
                constructor(properties?: datum.attestation.v1.MsgUpdateExecutorResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgUpdateExecutorResponse.$Shape): datum.attestation.v1.MsgUpdateExecutorResponse & datum.attestation.v1.MsgUpdateExecutorResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgUpdateExecutorResponse.$Properties): datum.attestation.v1.MsgUpdateExecutorResponse;
                static encode(message: datum.attestation.v1.MsgUpdateExecutorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgUpdateExecutorResponse & datum.attestation.v1.MsgUpdateExecutorResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgUpdateExecutorResponse;
                static toObject(message: datum.attestation.v1.MsgUpdateExecutorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateExecutorResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgUpdateExecutorResponse.$Properties;
            }

            interface IMsgTopUpBond extends datum.attestation.v1.MsgTopUpBond.$Properties {
            }

            class MsgTopUpBond {
                constructor(properties?: datum.attestation.v1.MsgTopUpBond.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                amount?: (cosmos.base.v1beta1.Coin.$Properties|null);
                static create(properties: datum.attestation.v1.MsgTopUpBond.$Shape): datum.attestation.v1.MsgTopUpBond & datum.attestation.v1.MsgTopUpBond.$Shape;
                static create(properties?: datum.attestation.v1.MsgTopUpBond.$Properties): datum.attestation.v1.MsgTopUpBond;
                static encode(message: datum.attestation.v1.MsgTopUpBond.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgTopUpBond & datum.attestation.v1.MsgTopUpBond.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgTopUpBond;
                static toObject(message: datum.attestation.v1.MsgTopUpBond, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgTopUpBond {
                interface $Properties {
                    operator?: (string|null);
                    amount?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgTopUpBond.$Properties;
            }

            interface IMsgTopUpBondResponse extends datum.attestation.v1.MsgTopUpBondResponse.$Properties {
            }

            class MsgTopUpBondResponse {
                constructor(properties?: datum.attestation.v1.MsgTopUpBondResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgTopUpBondResponse.$Shape): datum.attestation.v1.MsgTopUpBondResponse & datum.attestation.v1.MsgTopUpBondResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgTopUpBondResponse.$Properties): datum.attestation.v1.MsgTopUpBondResponse;
                static encode(message: datum.attestation.v1.MsgTopUpBondResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgTopUpBondResponse & datum.attestation.v1.MsgTopUpBondResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgTopUpBondResponse;
                static toObject(message: datum.attestation.v1.MsgTopUpBondResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgTopUpBondResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgTopUpBondResponse.$Properties;
            }

            interface IMsgUnbondExecutor extends datum.attestation.v1.MsgUnbondExecutor.$Properties {
            }

            class MsgUnbondExecutor {
                constructor(properties?: datum.attestation.v1.MsgUnbondExecutor.$Properties);
                $unknowns?: Uint8Array[];
                operator: string;
                static create(properties: datum.attestation.v1.MsgUnbondExecutor.$Shape): datum.attestation.v1.MsgUnbondExecutor & datum.attestation.v1.MsgUnbondExecutor.$Shape;
                static create(properties?: datum.attestation.v1.MsgUnbondExecutor.$Properties): datum.attestation.v1.MsgUnbondExecutor;
                static encode(message: datum.attestation.v1.MsgUnbondExecutor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgUnbondExecutor & datum.attestation.v1.MsgUnbondExecutor.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgUnbondExecutor;
                static toObject(message: datum.attestation.v1.MsgUnbondExecutor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUnbondExecutor {
                interface $Properties {
                    operator?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgUnbondExecutor.$Properties;
            }

            interface IMsgUnbondExecutorResponse extends datum.attestation.v1.MsgUnbondExecutorResponse.$Properties {
            }

            class MsgUnbondExecutorResponse {
                constructor(properties?: datum.attestation.v1.MsgUnbondExecutorResponse.$Properties);
                $unknowns?: Uint8Array[];
                unbondingUntil: Long;
                static create(properties: datum.attestation.v1.MsgUnbondExecutorResponse.$Shape): datum.attestation.v1.MsgUnbondExecutorResponse & datum.attestation.v1.MsgUnbondExecutorResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgUnbondExecutorResponse.$Properties): datum.attestation.v1.MsgUnbondExecutorResponse;
                static encode(message: datum.attestation.v1.MsgUnbondExecutorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgUnbondExecutorResponse & datum.attestation.v1.MsgUnbondExecutorResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgUnbondExecutorResponse;
                static toObject(message: datum.attestation.v1.MsgUnbondExecutorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUnbondExecutorResponse {
                interface $Properties {
                    unbondingUntil?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgUnbondExecutorResponse.$Properties;
            }

            interface IMsgAcceptJob extends datum.attestation.v1.MsgAcceptJob.$Properties {
            }

            class MsgAcceptJob {
                constructor(properties?: datum.attestation.v1.MsgAcceptJob.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                jobId: Long;
                static create(properties: datum.attestation.v1.MsgAcceptJob.$Shape): datum.attestation.v1.MsgAcceptJob & datum.attestation.v1.MsgAcceptJob.$Shape;
                static create(properties?: datum.attestation.v1.MsgAcceptJob.$Properties): datum.attestation.v1.MsgAcceptJob;
                static encode(message: datum.attestation.v1.MsgAcceptJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgAcceptJob & datum.attestation.v1.MsgAcceptJob.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgAcceptJob;
                static toObject(message: datum.attestation.v1.MsgAcceptJob, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptJob {
                interface $Properties {
                    executor?: (string|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgAcceptJob.$Properties;
            }

            interface IMsgAcceptJobResponse extends datum.attestation.v1.MsgAcceptJobResponse.$Properties {
            }

            class MsgAcceptJobResponse {
                constructor(properties?: datum.attestation.v1.MsgAcceptJobResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgAcceptJobResponse.$Shape): datum.attestation.v1.MsgAcceptJobResponse & datum.attestation.v1.MsgAcceptJobResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgAcceptJobResponse.$Properties): datum.attestation.v1.MsgAcceptJobResponse;
                static encode(message: datum.attestation.v1.MsgAcceptJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgAcceptJobResponse & datum.attestation.v1.MsgAcceptJobResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgAcceptJobResponse;
                static toObject(message: datum.attestation.v1.MsgAcceptJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAcceptJobResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgAcceptJobResponse.$Properties;
            }

            interface IMsgCommitResult extends datum.attestation.v1.MsgCommitResult.$Properties {
            }

            class MsgCommitResult {
                constructor(properties?: datum.attestation.v1.MsgCommitResult.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                jobId: Long;
                commitment: string;
                static create(properties: datum.attestation.v1.MsgCommitResult.$Shape): datum.attestation.v1.MsgCommitResult & datum.attestation.v1.MsgCommitResult.$Shape;
                static create(properties?: datum.attestation.v1.MsgCommitResult.$Properties): datum.attestation.v1.MsgCommitResult;
                static encode(message: datum.attestation.v1.MsgCommitResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgCommitResult & datum.attestation.v1.MsgCommitResult.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgCommitResult;
                static toObject(message: datum.attestation.v1.MsgCommitResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCommitResult {
                interface $Properties {
                    executor?: (string|null);
                    jobId?: (Long|null);
                    commitment?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgCommitResult.$Properties;
            }

            interface IMsgCommitResultResponse extends datum.attestation.v1.MsgCommitResultResponse.$Properties {
            }

            class MsgCommitResultResponse {
                constructor(properties?: datum.attestation.v1.MsgCommitResultResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgCommitResultResponse.$Shape): datum.attestation.v1.MsgCommitResultResponse & datum.attestation.v1.MsgCommitResultResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgCommitResultResponse.$Properties): datum.attestation.v1.MsgCommitResultResponse;
                static encode(message: datum.attestation.v1.MsgCommitResultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgCommitResultResponse & datum.attestation.v1.MsgCommitResultResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgCommitResultResponse;
                static toObject(message: datum.attestation.v1.MsgCommitResultResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCommitResultResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgCommitResultResponse.$Properties;
            }

            interface IMsgRevealResult extends datum.attestation.v1.MsgRevealResult.$Properties {
            }

            class MsgRevealResult {
                constructor(properties?: datum.attestation.v1.MsgRevealResult.$Properties);
                $unknowns?: Uint8Array[];
                executor: string;
                jobId: Long;
                resultDigest: string;
                salt: string;
                outputUri: string;
                epsilonSpentMicro: Long;
                evidence: Uint8Array;
                fault: datum.attestation.v1.ReportedFault;
                faultReason: string;
                static create(properties: datum.attestation.v1.MsgRevealResult.$Shape): datum.attestation.v1.MsgRevealResult & datum.attestation.v1.MsgRevealResult.$Shape;
                static create(properties?: datum.attestation.v1.MsgRevealResult.$Properties): datum.attestation.v1.MsgRevealResult;
                static encode(message: datum.attestation.v1.MsgRevealResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgRevealResult & datum.attestation.v1.MsgRevealResult.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgRevealResult;
                static toObject(message: datum.attestation.v1.MsgRevealResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevealResult {
                interface $Properties {
                    executor?: (string|null);
                    jobId?: (Long|null);
                    resultDigest?: (string|null);
                    salt?: (string|null);
                    outputUri?: (string|null);
                    epsilonSpentMicro?: (Long|null);
                    evidence?: (Uint8Array|null);
                    fault?: (datum.attestation.v1.ReportedFault|null);
                    faultReason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgRevealResult.$Properties;
            }

            interface IMsgRevealResultResponse extends datum.attestation.v1.MsgRevealResultResponse.$Properties {
            }

            class MsgRevealResultResponse {
                constructor(properties?: datum.attestation.v1.MsgRevealResultResponse.$Properties);
                $unknowns?: Uint8Array[];
                attested: boolean;
                static create(properties: datum.attestation.v1.MsgRevealResultResponse.$Shape): datum.attestation.v1.MsgRevealResultResponse & datum.attestation.v1.MsgRevealResultResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgRevealResultResponse.$Properties): datum.attestation.v1.MsgRevealResultResponse;
                static encode(message: datum.attestation.v1.MsgRevealResultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgRevealResultResponse & datum.attestation.v1.MsgRevealResultResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgRevealResultResponse;
                static toObject(message: datum.attestation.v1.MsgRevealResultResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRevealResultResponse {
                interface $Properties {
                    attested?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgRevealResultResponse.$Properties;
            }

            interface IMsgFinalizeJob extends datum.attestation.v1.MsgFinalizeJob.$Properties {
            }

            class MsgFinalizeJob {
                constructor(properties?: datum.attestation.v1.MsgFinalizeJob.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                jobId: Long;
                static create(properties: datum.attestation.v1.MsgFinalizeJob.$Shape): datum.attestation.v1.MsgFinalizeJob & datum.attestation.v1.MsgFinalizeJob.$Shape;
                static create(properties?: datum.attestation.v1.MsgFinalizeJob.$Properties): datum.attestation.v1.MsgFinalizeJob;
                static encode(message: datum.attestation.v1.MsgFinalizeJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgFinalizeJob & datum.attestation.v1.MsgFinalizeJob.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgFinalizeJob;
                static toObject(message: datum.attestation.v1.MsgFinalizeJob, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgFinalizeJob {
                interface $Properties {
                    sender?: (string|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgFinalizeJob.$Properties;
            }

            interface IMsgFinalizeJobResponse extends datum.attestation.v1.MsgFinalizeJobResponse.$Properties {
            }

            class MsgFinalizeJobResponse {
                constructor(properties?: datum.attestation.v1.MsgFinalizeJobResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgFinalizeJobResponse.$Shape): datum.attestation.v1.MsgFinalizeJobResponse & datum.attestation.v1.MsgFinalizeJobResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgFinalizeJobResponse.$Properties): datum.attestation.v1.MsgFinalizeJobResponse;
                static encode(message: datum.attestation.v1.MsgFinalizeJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgFinalizeJobResponse & datum.attestation.v1.MsgFinalizeJobResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgFinalizeJobResponse;
                static toObject(message: datum.attestation.v1.MsgFinalizeJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgFinalizeJobResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgFinalizeJobResponse.$Properties;
            }

            interface IMsgClaimExpired extends datum.attestation.v1.MsgClaimExpired.$Properties {
            }

            class MsgClaimExpired {
                constructor(properties?: datum.attestation.v1.MsgClaimExpired.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                jobId: Long;
                static create(properties: datum.attestation.v1.MsgClaimExpired.$Shape): datum.attestation.v1.MsgClaimExpired & datum.attestation.v1.MsgClaimExpired.$Shape;
                static create(properties?: datum.attestation.v1.MsgClaimExpired.$Properties): datum.attestation.v1.MsgClaimExpired;
                static encode(message: datum.attestation.v1.MsgClaimExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgClaimExpired & datum.attestation.v1.MsgClaimExpired.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgClaimExpired;
                static toObject(message: datum.attestation.v1.MsgClaimExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgClaimExpired {
                interface $Properties {
                    sender?: (string|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgClaimExpired.$Properties;
            }

            interface IMsgClaimExpiredResponse extends datum.attestation.v1.MsgClaimExpiredResponse.$Properties {
            }

            class MsgClaimExpiredResponse {
                constructor(properties?: datum.attestation.v1.MsgClaimExpiredResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgClaimExpiredResponse.$Shape): datum.attestation.v1.MsgClaimExpiredResponse & datum.attestation.v1.MsgClaimExpiredResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgClaimExpiredResponse.$Properties): datum.attestation.v1.MsgClaimExpiredResponse;
                static encode(message: datum.attestation.v1.MsgClaimExpiredResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgClaimExpiredResponse & datum.attestation.v1.MsgClaimExpiredResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgClaimExpiredResponse;
                static toObject(message: datum.attestation.v1.MsgClaimExpiredResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgClaimExpiredResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgClaimExpiredResponse.$Properties;
            }

            interface IMsgChallenge extends datum.attestation.v1.MsgChallenge.$Properties {
            }

            class MsgChallenge {
                constructor(properties?: datum.attestation.v1.MsgChallenge.$Properties);
                $unknowns?: Uint8Array[];
                challenger: string;
                jobId: Long;
                bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                reason: string;
                static create(properties: datum.attestation.v1.MsgChallenge.$Shape): datum.attestation.v1.MsgChallenge & datum.attestation.v1.MsgChallenge.$Shape;
                static create(properties?: datum.attestation.v1.MsgChallenge.$Properties): datum.attestation.v1.MsgChallenge;
                static encode(message: datum.attestation.v1.MsgChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgChallenge & datum.attestation.v1.MsgChallenge.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgChallenge;
                static toObject(message: datum.attestation.v1.MsgChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgChallenge {
                interface $Properties {
                    challenger?: (string|null);
                    jobId?: (Long|null);
                    bond?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgChallenge.$Properties;
            }

            interface IMsgChallengeResponse extends datum.attestation.v1.MsgChallengeResponse.$Properties {
            }

            class MsgChallengeResponse {
                constructor(properties?: datum.attestation.v1.MsgChallengeResponse.$Properties);
                $unknowns?: Uint8Array[];
                disputeId: Long;
                static create(properties: datum.attestation.v1.MsgChallengeResponse.$Shape): datum.attestation.v1.MsgChallengeResponse & datum.attestation.v1.MsgChallengeResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgChallengeResponse.$Properties): datum.attestation.v1.MsgChallengeResponse;
                static encode(message: datum.attestation.v1.MsgChallengeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgChallengeResponse & datum.attestation.v1.MsgChallengeResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgChallengeResponse;
                static toObject(message: datum.attestation.v1.MsgChallengeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgChallengeResponse {
                interface $Properties {
                    disputeId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgChallengeResponse.$Properties;
            }

            interface IMsgResolveChallenge extends datum.attestation.v1.MsgResolveChallenge.$Properties {
            }

            class MsgResolveChallenge {
                constructor(properties?: datum.attestation.v1.MsgResolveChallenge.$Properties);
                $unknowns?: Uint8Array[];
                arbiter: string;
                disputeId: Long;
                uphold: boolean;
                static create(properties: datum.attestation.v1.MsgResolveChallenge.$Shape): datum.attestation.v1.MsgResolveChallenge & datum.attestation.v1.MsgResolveChallenge.$Shape;
                static create(properties?: datum.attestation.v1.MsgResolveChallenge.$Properties): datum.attestation.v1.MsgResolveChallenge;
                static encode(message: datum.attestation.v1.MsgResolveChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgResolveChallenge & datum.attestation.v1.MsgResolveChallenge.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgResolveChallenge;
                static toObject(message: datum.attestation.v1.MsgResolveChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgResolveChallenge {
                interface $Properties {
                    arbiter?: (string|null);
                    disputeId?: (Long|null);
                    uphold?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgResolveChallenge.$Properties;
            }

            interface IMsgResolveChallengeResponse extends datum.attestation.v1.MsgResolveChallengeResponse.$Properties {
            }

            class MsgResolveChallengeResponse {
                constructor(properties?: datum.attestation.v1.MsgResolveChallengeResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.attestation.v1.MsgResolveChallengeResponse.$Shape): datum.attestation.v1.MsgResolveChallengeResponse & datum.attestation.v1.MsgResolveChallengeResponse.$Shape;
                static create(properties?: datum.attestation.v1.MsgResolveChallengeResponse.$Properties): datum.attestation.v1.MsgResolveChallengeResponse;
                static encode(message: datum.attestation.v1.MsgResolveChallengeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.attestation.v1.MsgResolveChallengeResponse & datum.attestation.v1.MsgResolveChallengeResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.attestation.v1.MsgResolveChallengeResponse;
                static toObject(message: datum.attestation.v1.MsgResolveChallengeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgResolveChallengeResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.attestation.v1.MsgResolveChallengeResponse.$Properties;
            }
        }
    }
}

export namespace cosmos {

    namespace base {

        namespace v1beta1 {

            interface ICoin extends cosmos.base.v1beta1.Coin.$Properties {
            }

            class Coin {
                constructor(properties?: cosmos.base.v1beta1.Coin.$Properties);
                $unknowns?: Uint8Array[];
                denom: string;
                amount: string;
                static create(properties: cosmos.base.v1beta1.Coin.$Shape): cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape;
                static create(properties?: cosmos.base.v1beta1.Coin.$Properties): cosmos.base.v1beta1.Coin;
                static encode(message: cosmos.base.v1beta1.Coin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape;
                static fromObject(object: { [k: string]: any }): cosmos.base.v1beta1.Coin;
                static toObject(message: cosmos.base.v1beta1.Coin, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Coin {
                interface $Properties {
                    denom?: (string|null);
                    amount?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = cosmos.base.v1beta1.Coin.$Properties;
            }
        }

        namespace query {

            namespace v1beta1 {

                interface IPageRequest extends cosmos.base.query.v1beta1.PageRequest.$Properties {
                }

                class PageRequest {
                    constructor(properties?: cosmos.base.query.v1beta1.PageRequest.$Properties);
                    $unknowns?: Uint8Array[];
                    key: Uint8Array;
                    offset: Long;
                    limit: Long;
                    countTotal: boolean;
                    reverse: boolean;
                    static create(properties: cosmos.base.query.v1beta1.PageRequest.$Shape): cosmos.base.query.v1beta1.PageRequest & cosmos.base.query.v1beta1.PageRequest.$Shape;
                    static create(properties?: cosmos.base.query.v1beta1.PageRequest.$Properties): cosmos.base.query.v1beta1.PageRequest;
                    static encode(message: cosmos.base.query.v1beta1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.query.v1beta1.PageRequest & cosmos.base.query.v1beta1.PageRequest.$Shape;
                    static fromObject(object: { [k: string]: any }): cosmos.base.query.v1beta1.PageRequest;
                    static toObject(message: cosmos.base.query.v1beta1.PageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PageRequest {
                    interface $Properties {
                        key?: (Uint8Array|null);
                        offset?: (Long|null);
                        limit?: (Long|null);
                        countTotal?: (boolean|null);
                        reverse?: (boolean|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = cosmos.base.query.v1beta1.PageRequest.$Properties;
                }

                interface IPageResponse extends cosmos.base.query.v1beta1.PageResponse.$Properties {
                }

                class PageResponse {
                    constructor(properties?: cosmos.base.query.v1beta1.PageResponse.$Properties);
                    $unknowns?: Uint8Array[];
                    nextKey: Uint8Array;
                    total: Long;
                    static create(properties: cosmos.base.query.v1beta1.PageResponse.$Shape): cosmos.base.query.v1beta1.PageResponse & cosmos.base.query.v1beta1.PageResponse.$Shape;
                    static create(properties?: cosmos.base.query.v1beta1.PageResponse.$Properties): cosmos.base.query.v1beta1.PageResponse;
                    static encode(message: cosmos.base.query.v1beta1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.query.v1beta1.PageResponse & cosmos.base.query.v1beta1.PageResponse.$Shape;
                    static fromObject(object: { [k: string]: any }): cosmos.base.query.v1beta1.PageResponse;
                    static toObject(message: cosmos.base.query.v1beta1.PageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PageResponse {
                    interface $Properties {
                        nextKey?: (Uint8Array|null);
                        total?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = cosmos.base.query.v1beta1.PageResponse.$Properties;
                }
            }
        }
    }
}
