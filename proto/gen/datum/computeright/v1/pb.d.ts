import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace datum {

    namespace computeright {

        namespace v1 {

            interface IEventOfferingCreated extends datum.computeright.v1.EventOfferingCreated.$Properties {
            }

            class EventOfferingCreated {
                constructor(properties?: datum.computeright.v1.EventOfferingCreated.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                assetId: string;
                owner: string;
                static create(properties: datum.computeright.v1.EventOfferingCreated.$Shape): datum.computeright.v1.EventOfferingCreated & datum.computeright.v1.EventOfferingCreated.$Shape;
                static create(properties?: datum.computeright.v1.EventOfferingCreated.$Properties): datum.computeright.v1.EventOfferingCreated;
                static encode(message: datum.computeright.v1.EventOfferingCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventOfferingCreated & datum.computeright.v1.EventOfferingCreated.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventOfferingCreated;
                static toObject(message: datum.computeright.v1.EventOfferingCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventOfferingCreated {
                interface $Properties {
                    id?: (Long|null);
                    assetId?: (string|null);
                    owner?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventOfferingCreated.$Properties;
            }

            interface IEventOfferingUpdated extends datum.computeright.v1.EventOfferingUpdated.$Properties {
            }

            class EventOfferingUpdated {
                constructor(properties?: datum.computeright.v1.EventOfferingUpdated.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                static create(properties: datum.computeright.v1.EventOfferingUpdated.$Shape): datum.computeright.v1.EventOfferingUpdated & datum.computeright.v1.EventOfferingUpdated.$Shape;
                static create(properties?: datum.computeright.v1.EventOfferingUpdated.$Properties): datum.computeright.v1.EventOfferingUpdated;
                static encode(message: datum.computeright.v1.EventOfferingUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventOfferingUpdated & datum.computeright.v1.EventOfferingUpdated.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventOfferingUpdated;
                static toObject(message: datum.computeright.v1.EventOfferingUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventOfferingUpdated {
                interface $Properties {
                    id?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventOfferingUpdated.$Properties;
            }

            interface IEventOfferingStateChanged extends datum.computeright.v1.EventOfferingStateChanged.$Properties {
            }

            class EventOfferingStateChanged {
                constructor(properties?: datum.computeright.v1.EventOfferingStateChanged.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                state: string;
                static create(properties: datum.computeright.v1.EventOfferingStateChanged.$Shape): datum.computeright.v1.EventOfferingStateChanged & datum.computeright.v1.EventOfferingStateChanged.$Shape;
                static create(properties?: datum.computeright.v1.EventOfferingStateChanged.$Properties): datum.computeright.v1.EventOfferingStateChanged;
                static encode(message: datum.computeright.v1.EventOfferingStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventOfferingStateChanged & datum.computeright.v1.EventOfferingStateChanged.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventOfferingStateChanged;
                static toObject(message: datum.computeright.v1.EventOfferingStateChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventOfferingStateChanged {
                interface $Properties {
                    id?: (Long|null);
                    state?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventOfferingStateChanged.$Properties;
            }

            interface IEventRightPurchased extends datum.computeright.v1.EventRightPurchased.$Properties {
            }

            class EventRightPurchased {
                constructor(properties?: datum.computeright.v1.EventRightPurchased.$Properties);
                $unknowns?: Uint8Array[];
                rightId: Long;
                offeringId: Long;
                assetId: string;
                buyer: string;
                paid: cosmos.base.v1beta1.Coin.$Properties[];
                expiresAt: Long;
                static create(properties: datum.computeright.v1.EventRightPurchased.$Shape): datum.computeright.v1.EventRightPurchased & datum.computeright.v1.EventRightPurchased.$Shape;
                static create(properties?: datum.computeright.v1.EventRightPurchased.$Properties): datum.computeright.v1.EventRightPurchased;
                static encode(message: datum.computeright.v1.EventRightPurchased.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventRightPurchased & datum.computeright.v1.EventRightPurchased.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventRightPurchased;
                static toObject(message: datum.computeright.v1.EventRightPurchased, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventRightPurchased {
                interface $Properties {
                    rightId?: (Long|null);
                    offeringId?: (Long|null);
                    assetId?: (string|null);
                    buyer?: (string|null);
                    paid?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    expiresAt?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventRightPurchased.$Properties;
            }

            interface IEventRightTransferred extends datum.computeright.v1.EventRightTransferred.$Properties {
            }

            class EventRightTransferred {
                constructor(properties?: datum.computeright.v1.EventRightTransferred.$Properties);
                $unknowns?: Uint8Array[];
                rightId: Long;
                from: string;
                to: string;
                price: cosmos.base.v1beta1.Coin.$Properties[];
                royalty: cosmos.base.v1beta1.Coin.$Properties[];
                static create(properties: datum.computeright.v1.EventRightTransferred.$Shape): datum.computeright.v1.EventRightTransferred & datum.computeright.v1.EventRightTransferred.$Shape;
                static create(properties?: datum.computeright.v1.EventRightTransferred.$Properties): datum.computeright.v1.EventRightTransferred;
                static encode(message: datum.computeright.v1.EventRightTransferred.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventRightTransferred & datum.computeright.v1.EventRightTransferred.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventRightTransferred;
                static toObject(message: datum.computeright.v1.EventRightTransferred, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventRightTransferred {
                interface $Properties {
                    rightId?: (Long|null);
                    from?: (string|null);
                    to?: (string|null);
                    price?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    royalty?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventRightTransferred.$Properties;
            }

            interface IEventRightListed extends datum.computeright.v1.EventRightListed.$Properties {
            }

            class EventRightListed {
                constructor(properties?: datum.computeright.v1.EventRightListed.$Properties);
                $unknowns?: Uint8Array[];
                rightId: Long;
                holder: string;
                ask: cosmos.base.v1beta1.Coin.$Properties[];
                static create(properties: datum.computeright.v1.EventRightListed.$Shape): datum.computeright.v1.EventRightListed & datum.computeright.v1.EventRightListed.$Shape;
                static create(properties?: datum.computeright.v1.EventRightListed.$Properties): datum.computeright.v1.EventRightListed;
                static encode(message: datum.computeright.v1.EventRightListed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventRightListed & datum.computeright.v1.EventRightListed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventRightListed;
                static toObject(message: datum.computeright.v1.EventRightListed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventRightListed {
                interface $Properties {
                    rightId?: (Long|null);
                    holder?: (string|null);
                    ask?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventRightListed.$Properties;
            }

            interface IEventRightStateChanged extends datum.computeright.v1.EventRightStateChanged.$Properties {
            }

            class EventRightStateChanged {
                constructor(properties?: datum.computeright.v1.EventRightStateChanged.$Properties);
                $unknowns?: Uint8Array[];
                rightId: Long;
                state: string;
                refunded: cosmos.base.v1beta1.Coin.$Properties[];
                static create(properties: datum.computeright.v1.EventRightStateChanged.$Shape): datum.computeright.v1.EventRightStateChanged & datum.computeright.v1.EventRightStateChanged.$Shape;
                static create(properties?: datum.computeright.v1.EventRightStateChanged.$Properties): datum.computeright.v1.EventRightStateChanged;
                static encode(message: datum.computeright.v1.EventRightStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventRightStateChanged & datum.computeright.v1.EventRightStateChanged.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventRightStateChanged;
                static toObject(message: datum.computeright.v1.EventRightStateChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventRightStateChanged {
                interface $Properties {
                    rightId?: (Long|null);
                    state?: (string|null);
                    refunded?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventRightStateChanged.$Properties;
            }

            interface IEventJobRequested extends datum.computeright.v1.EventJobRequested.$Properties {
            }

            class EventJobRequested {
                constructor(properties?: datum.computeright.v1.EventJobRequested.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                requester: string;
                rightIds: Long[];
                codeHash: string;
                epsilonMicro: Long;
                acceptBy: Long;
                finalBy: Long;
                static create(properties: datum.computeright.v1.EventJobRequested.$Shape): datum.computeright.v1.EventJobRequested & datum.computeright.v1.EventJobRequested.$Shape;
                static create(properties?: datum.computeright.v1.EventJobRequested.$Properties): datum.computeright.v1.EventJobRequested;
                static encode(message: datum.computeright.v1.EventJobRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventJobRequested & datum.computeright.v1.EventJobRequested.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventJobRequested;
                static toObject(message: datum.computeright.v1.EventJobRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobRequested {
                interface $Properties {
                    jobId?: (Long|null);
                    requester?: (string|null);
                    rightIds?: (Long[]|null);
                    codeHash?: (string|null);
                    epsilonMicro?: (Long|null);
                    acceptBy?: (Long|null);
                    finalBy?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventJobRequested.$Properties;
            }

            interface IEventJobStateChanged extends datum.computeright.v1.EventJobStateChanged.$Properties {
            }

            class EventJobStateChanged {
                constructor(properties?: datum.computeright.v1.EventJobStateChanged.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                state: string;
                fault: string;
                refunded: cosmos.base.v1beta1.Coin.$Properties[];
                static create(properties: datum.computeright.v1.EventJobStateChanged.$Shape): datum.computeright.v1.EventJobStateChanged & datum.computeright.v1.EventJobStateChanged.$Shape;
                static create(properties?: datum.computeright.v1.EventJobStateChanged.$Properties): datum.computeright.v1.EventJobStateChanged;
                static encode(message: datum.computeright.v1.EventJobStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventJobStateChanged & datum.computeright.v1.EventJobStateChanged.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventJobStateChanged;
                static toObject(message: datum.computeright.v1.EventJobStateChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobStateChanged {
                interface $Properties {
                    jobId?: (Long|null);
                    state?: (string|null);
                    fault?: (string|null);
                    refunded?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventJobStateChanged.$Properties;
            }

            interface IEventJobSettled extends datum.computeright.v1.EventJobSettled.$Properties {
            }

            class EventJobSettled {
                constructor(properties?: datum.computeright.v1.EventJobSettled.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                fault: string;
                toOwnerSide: cosmos.base.v1beta1.Coin.$Properties[];
                toExecutors: cosmos.base.v1beta1.Coin.$Properties[];
                refunded: cosmos.base.v1beta1.Coin.$Properties[];
                protocolFee: cosmos.base.v1beta1.Coin.$Properties[];
                static create(properties: datum.computeright.v1.EventJobSettled.$Shape): datum.computeright.v1.EventJobSettled & datum.computeright.v1.EventJobSettled.$Shape;
                static create(properties?: datum.computeright.v1.EventJobSettled.$Properties): datum.computeright.v1.EventJobSettled;
                static encode(message: datum.computeright.v1.EventJobSettled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.EventJobSettled & datum.computeright.v1.EventJobSettled.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.EventJobSettled;
                static toObject(message: datum.computeright.v1.EventJobSettled, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventJobSettled {
                interface $Properties {
                    jobId?: (Long|null);
                    fault?: (string|null);
                    toOwnerSide?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    toExecutors?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    refunded?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    protocolFee?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.EventJobSettled.$Properties;
            }

            interface IGenesisState extends datum.computeright.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(properties?: datum.computeright.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                params?: (datum.computeright.v1.Params.$Properties|null);
                offerings: datum.computeright.v1.Offering.$Properties[];
                rights: datum.computeright.v1.ComputeRight.$Properties[];
                jobs: datum.computeright.v1.Job.$Properties[];
                offeringSequence: Long;
                rightSequence: Long;
                jobSequence: Long;
                static create(properties: datum.computeright.v1.GenesisState.$Shape): datum.computeright.v1.GenesisState & datum.computeright.v1.GenesisState.$Shape;
                static create(properties?: datum.computeright.v1.GenesisState.$Properties): datum.computeright.v1.GenesisState;
                static encode(message: datum.computeright.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.GenesisState & datum.computeright.v1.GenesisState.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.GenesisState;
                static toObject(message: datum.computeright.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    params?: (datum.computeright.v1.Params.$Properties|null);
                    offerings?: (datum.computeright.v1.Offering.$Properties[]|null);
                    rights?: (datum.computeright.v1.ComputeRight.$Properties[]|null);
                    jobs?: (datum.computeright.v1.Job.$Properties[]|null);
                    offeringSequence?: (Long|null);
                    rightSequence?: (Long|null);
                    jobSequence?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.GenesisState.$Properties;
            }

            enum OfferingState {
                OFFERING_STATE_UNSPECIFIED = 0,
                OFFERING_STATE_ACTIVE = 1,
                OFFERING_STATE_PAUSED = 2,
                OFFERING_STATE_CLOSED = 3
            }

            enum TransferMode {
                TRANSFER_MODE_NONE = 0,
                TRANSFER_MODE_GIFT = 1,
                TRANSFER_MODE_RESALE = 2
            }

            interface ITransferPolicy extends datum.computeright.v1.TransferPolicy.$Properties {
            }

            class TransferPolicy {
                constructor(properties?: datum.computeright.v1.TransferPolicy.$Properties);
                $unknowns?: Uint8Array[];
                mode: datum.computeright.v1.TransferMode;
                holdSeconds: Long;
                royaltyBps: number;
                static create(properties: datum.computeright.v1.TransferPolicy.$Shape): datum.computeright.v1.TransferPolicy & datum.computeright.v1.TransferPolicy.$Shape;
                static create(properties?: datum.computeright.v1.TransferPolicy.$Properties): datum.computeright.v1.TransferPolicy;
                static encode(message: datum.computeright.v1.TransferPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.TransferPolicy & datum.computeright.v1.TransferPolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.TransferPolicy;
                static toObject(message: datum.computeright.v1.TransferPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransferPolicy {
                interface $Properties {
                    mode?: (datum.computeright.v1.TransferMode|null);
                    holdSeconds?: (Long|null);
                    royaltyBps?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.TransferPolicy.$Properties;
            }

            interface IOfferingTerms extends datum.computeright.v1.OfferingTerms.$Properties {
            }

            class OfferingTerms {
                constructor(properties?: datum.computeright.v1.OfferingTerms.$Properties);
                $unknowns?: Uint8Array[];
                pricePerUse?: (cosmos.base.v1beta1.Coin.$Properties|null);
                usesPerRight: number;
                validitySeconds: Long;
                epsilonPerUseMicro: Long;
                maxSupply: Long;
                perBuyerCap: number;
                buyerAllowlist: string[];
                transferPolicy?: (datum.computeright.v1.TransferPolicy.$Properties|null);
                static create(properties: datum.computeright.v1.OfferingTerms.$Shape): datum.computeright.v1.OfferingTerms & datum.computeright.v1.OfferingTerms.$Shape;
                static create(properties?: datum.computeright.v1.OfferingTerms.$Properties): datum.computeright.v1.OfferingTerms;
                static encode(message: datum.computeright.v1.OfferingTerms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.OfferingTerms & datum.computeright.v1.OfferingTerms.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.OfferingTerms;
                static toObject(message: datum.computeright.v1.OfferingTerms, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OfferingTerms {
                interface $Properties {
                    pricePerUse?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    usesPerRight?: (number|null);
                    validitySeconds?: (Long|null);
                    epsilonPerUseMicro?: (Long|null);
                    maxSupply?: (Long|null);
                    perBuyerCap?: (number|null);
                    buyerAllowlist?: (string[]|null);
                    transferPolicy?: (datum.computeright.v1.TransferPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.OfferingTerms.$Properties;
            }

            interface IOffering extends datum.computeright.v1.Offering.$Properties {
            }

            class Offering {
                constructor(properties?: datum.computeright.v1.Offering.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                assetId: string;
                assetVersion: number;
                owner: string;
                terms?: (datum.computeright.v1.OfferingTerms.$Properties|null);
                state: datum.computeright.v1.OfferingState;
                sold: Long;
                createdAt: Long;
                static create(properties: datum.computeright.v1.Offering.$Shape): datum.computeright.v1.Offering & datum.computeright.v1.Offering.$Shape;
                static create(properties?: datum.computeright.v1.Offering.$Properties): datum.computeright.v1.Offering;
                static encode(message: datum.computeright.v1.Offering.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.Offering & datum.computeright.v1.Offering.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.Offering;
                static toObject(message: datum.computeright.v1.Offering, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Offering {
                interface $Properties {
                    id?: (Long|null);
                    assetId?: (string|null);
                    assetVersion?: (number|null);
                    owner?: (string|null);
                    terms?: (datum.computeright.v1.OfferingTerms.$Properties|null);
                    state?: (datum.computeright.v1.OfferingState|null);
                    sold?: (Long|null);
                    createdAt?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.Offering.$Properties;
            }

            enum RightState {
                RIGHT_STATE_UNSPECIFIED = 0,
                RIGHT_STATE_ACTIVE = 1,
                RIGHT_STATE_EXHAUSTED = 2,
                RIGHT_STATE_EXPIRED = 3,
                RIGHT_STATE_REVOKED = 4,
                RIGHT_STATE_REFUNDED = 5
            }

            interface IComputeRight extends datum.computeright.v1.ComputeRight.$Properties {
            }

            class ComputeRight {
                constructor(properties?: datum.computeright.v1.ComputeRight.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                offeringId: Long;
                assetId: string;
                assetVersion: number;
                holder: string;
                purchasedAt: Long;
                expiresAt: Long;
                usesTotal: number;
                usesRemaining: number;
                usesInJobs: number;
                pricePerUse?: (cosmos.base.v1beta1.Coin.$Properties|null);
                epsilonPerUseMicro: Long;
                policyHash: string;
                state: datum.computeright.v1.RightState;
                ask?: (cosmos.base.v1beta1.Coin.$Properties|null);
                static create(properties: datum.computeright.v1.ComputeRight.$Shape): datum.computeright.v1.ComputeRight & datum.computeright.v1.ComputeRight.$Shape;
                static create(properties?: datum.computeright.v1.ComputeRight.$Properties): datum.computeright.v1.ComputeRight;
                static encode(message: datum.computeright.v1.ComputeRight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.ComputeRight & datum.computeright.v1.ComputeRight.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.ComputeRight;
                static toObject(message: datum.computeright.v1.ComputeRight, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ComputeRight {
                interface $Properties {
                    id?: (Long|null);
                    offeringId?: (Long|null);
                    assetId?: (string|null);
                    assetVersion?: (number|null);
                    holder?: (string|null);
                    purchasedAt?: (Long|null);
                    expiresAt?: (Long|null);
                    usesTotal?: (number|null);
                    usesRemaining?: (number|null);
                    usesInJobs?: (number|null);
                    pricePerUse?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    epsilonPerUseMicro?: (Long|null);
                    policyHash?: (string|null);
                    state?: (datum.computeright.v1.RightState|null);
                    ask?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.ComputeRight.$Properties;
            }

            enum JobState {
                JOB_STATE_UNSPECIFIED = 0,
                JOB_STATE_REQUESTED = 1,
                JOB_STATE_ASSIGNED = 2,
                JOB_STATE_COMMITTED = 3,
                JOB_STATE_ATTESTED = 4,
                JOB_STATE_CHALLENGED = 5,
                JOB_STATE_FINALIZED = 6,
                JOB_STATE_FAILED = 7,
                JOB_STATE_EXPIRED = 8,
                JOB_STATE_CANCELLED = 9
            }

            enum FaultClass {
                FAULT_CLASS_NONE = 0,
                FAULT_CLASS_EXECUTOR = 1,
                FAULT_CLASS_ALGORITHM = 2,
                FAULT_CLASS_DATA = 3
            }

            interface IAlgorithm extends datum.computeright.v1.Algorithm.$Properties {
            }

            class Algorithm {
                constructor(properties?: datum.computeright.v1.Algorithm.$Properties);
                $unknowns?: Uint8Array[];
                codeHash: string;
                imageDigest: string;
                paramsHash: string;
                params: string;
                static create(properties: datum.computeright.v1.Algorithm.$Shape): datum.computeright.v1.Algorithm & datum.computeright.v1.Algorithm.$Shape;
                static create(properties?: datum.computeright.v1.Algorithm.$Properties): datum.computeright.v1.Algorithm;
                static encode(message: datum.computeright.v1.Algorithm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.Algorithm & datum.computeright.v1.Algorithm.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.Algorithm;
                static toObject(message: datum.computeright.v1.Algorithm, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Algorithm {
                interface $Properties {
                    codeHash?: (string|null);
                    imageDigest?: (string|null);
                    paramsHash?: (string|null);
                    params?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.Algorithm.$Properties;
            }

            interface IDeadlines extends datum.computeright.v1.Deadlines.$Properties {
            }

            class Deadlines {
                constructor(properties?: datum.computeright.v1.Deadlines.$Properties);
                $unknowns?: Uint8Array[];
                acceptBy: Long;
                commitBy: Long;
                revealBy: Long;
                finalBy: Long;
                challengeBy: Long;
                static create(properties: datum.computeright.v1.Deadlines.$Shape): datum.computeright.v1.Deadlines & datum.computeright.v1.Deadlines.$Shape;
                static create(properties?: datum.computeright.v1.Deadlines.$Properties): datum.computeright.v1.Deadlines;
                static encode(message: datum.computeright.v1.Deadlines.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.Deadlines & datum.computeright.v1.Deadlines.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.Deadlines;
                static toObject(message: datum.computeright.v1.Deadlines, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Deadlines {
                interface $Properties {
                    acceptBy?: (Long|null);
                    commitBy?: (Long|null);
                    revealBy?: (Long|null);
                    finalBy?: (Long|null);
                    challengeBy?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.Deadlines.$Properties;
            }

            interface IJob extends datum.computeright.v1.Job.$Properties {
            }

            class Job {
                constructor(properties?: datum.computeright.v1.Job.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                requester: string;
                rightIds: Long[];
                algorithm?: (datum.computeright.v1.Algorithm.$Properties|null);
                mechanism: number;
                epsilonMicro: Long;
                dataFee: cosmos.base.v1beta1.Coin.$Properties[];
                maxComputeFee?: (cosmos.base.v1beta1.Coin.$Properties|null);
                outputKey: Uint8Array;
                viewers: string[];
                deadlines?: (datum.computeright.v1.Deadlines.$Properties|null);
                state: datum.computeright.v1.JobState;
                fault: datum.computeright.v1.FaultClass;
                createdAt: Long;
                static create(properties: datum.computeright.v1.Job.$Shape): datum.computeright.v1.Job & datum.computeright.v1.Job.$Shape;
                static create(properties?: datum.computeright.v1.Job.$Properties): datum.computeright.v1.Job;
                static encode(message: datum.computeright.v1.Job.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.Job & datum.computeright.v1.Job.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.Job;
                static toObject(message: datum.computeright.v1.Job, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Job {
                interface $Properties {
                    id?: (Long|null);
                    requester?: (string|null);
                    rightIds?: (Long[]|null);
                    algorithm?: (datum.computeright.v1.Algorithm.$Properties|null);
                    mechanism?: (number|null);
                    epsilonMicro?: (Long|null);
                    dataFee?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    maxComputeFee?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    outputKey?: (Uint8Array|null);
                    viewers?: (string[]|null);
                    deadlines?: (datum.computeright.v1.Deadlines.$Properties|null);
                    state?: (datum.computeright.v1.JobState|null);
                    fault?: (datum.computeright.v1.FaultClass|null);
                    createdAt?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.Job.$Properties;
            }

            interface IParams extends datum.computeright.v1.Params.$Properties {
            }

            class Params {
                constructor(properties?: datum.computeright.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                acceptSeconds: Long;
                commitSeconds: Long;
                revealSeconds: Long;
                finalSeconds: Long;
                challengeSeconds: Long;
                protocolFeeBps: number;
                maxExpiriesPerBlock: number;
                maxRightsPerJob: number;
                arbiterSeconds: Long;
                static create(properties: datum.computeright.v1.Params.$Shape): datum.computeright.v1.Params & datum.computeright.v1.Params.$Shape;
                static create(properties?: datum.computeright.v1.Params.$Properties): datum.computeright.v1.Params;
                static encode(message: datum.computeright.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.Params & datum.computeright.v1.Params.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.Params;
                static toObject(message: datum.computeright.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    acceptSeconds?: (Long|null);
                    commitSeconds?: (Long|null);
                    revealSeconds?: (Long|null);
                    finalSeconds?: (Long|null);
                    challengeSeconds?: (Long|null);
                    protocolFeeBps?: (number|null);
                    maxExpiriesPerBlock?: (number|null);
                    maxRightsPerJob?: (number|null);
                    arbiterSeconds?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.Params.$Properties;
            }

            interface IQueryOfferingRequest extends datum.computeright.v1.QueryOfferingRequest.$Properties {
            }

            class QueryOfferingRequest {
                constructor(properties?: datum.computeright.v1.QueryOfferingRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                static create(properties: datum.computeright.v1.QueryOfferingRequest.$Shape): datum.computeright.v1.QueryOfferingRequest & datum.computeright.v1.QueryOfferingRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryOfferingRequest.$Properties): datum.computeright.v1.QueryOfferingRequest;
                static encode(message: datum.computeright.v1.QueryOfferingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryOfferingRequest & datum.computeright.v1.QueryOfferingRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryOfferingRequest;
                static toObject(message: datum.computeright.v1.QueryOfferingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryOfferingRequest {
                interface $Properties {
                    id?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryOfferingRequest.$Properties;
            }

            interface IQueryOfferingResponse extends datum.computeright.v1.QueryOfferingResponse.$Properties {
            }

            class QueryOfferingResponse {
                constructor(properties?: datum.computeright.v1.QueryOfferingResponse.$Properties);
                $unknowns?: Uint8Array[];
                offering?: (datum.computeright.v1.Offering.$Properties|null);
                static create(properties: datum.computeright.v1.QueryOfferingResponse.$Shape): datum.computeright.v1.QueryOfferingResponse & datum.computeright.v1.QueryOfferingResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryOfferingResponse.$Properties): datum.computeright.v1.QueryOfferingResponse;
                static encode(message: datum.computeright.v1.QueryOfferingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryOfferingResponse & datum.computeright.v1.QueryOfferingResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryOfferingResponse;
                static toObject(message: datum.computeright.v1.QueryOfferingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryOfferingResponse {
                interface $Properties {
                    offering?: (datum.computeright.v1.Offering.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryOfferingResponse.$Properties;
            }

            interface IQueryRightRequest extends datum.computeright.v1.QueryRightRequest.$Properties {
            }

            class QueryRightRequest {
                constructor(properties?: datum.computeright.v1.QueryRightRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                static create(properties: datum.computeright.v1.QueryRightRequest.$Shape): datum.computeright.v1.QueryRightRequest & datum.computeright.v1.QueryRightRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryRightRequest.$Properties): datum.computeright.v1.QueryRightRequest;
                static encode(message: datum.computeright.v1.QueryRightRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryRightRequest & datum.computeright.v1.QueryRightRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryRightRequest;
                static toObject(message: datum.computeright.v1.QueryRightRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRightRequest {
                interface $Properties {
                    id?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryRightRequest.$Properties;
            }

            interface IQueryRightResponse extends datum.computeright.v1.QueryRightResponse.$Properties {
            }

            class QueryRightResponse {
                constructor(properties?: datum.computeright.v1.QueryRightResponse.$Properties);
                $unknowns?: Uint8Array[];
                right?: (datum.computeright.v1.ComputeRight.$Properties|null);
                static create(properties: datum.computeright.v1.QueryRightResponse.$Shape): datum.computeright.v1.QueryRightResponse & datum.computeright.v1.QueryRightResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryRightResponse.$Properties): datum.computeright.v1.QueryRightResponse;
                static encode(message: datum.computeright.v1.QueryRightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryRightResponse & datum.computeright.v1.QueryRightResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryRightResponse;
                static toObject(message: datum.computeright.v1.QueryRightResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRightResponse {
                interface $Properties {
                    right?: (datum.computeright.v1.ComputeRight.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryRightResponse.$Properties;
            }

            interface IQueryJobRequest extends datum.computeright.v1.QueryJobRequest.$Properties {
            }

            class QueryJobRequest {
                constructor(properties?: datum.computeright.v1.QueryJobRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                static create(properties: datum.computeright.v1.QueryJobRequest.$Shape): datum.computeright.v1.QueryJobRequest & datum.computeright.v1.QueryJobRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryJobRequest.$Properties): datum.computeright.v1.QueryJobRequest;
                static encode(message: datum.computeright.v1.QueryJobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryJobRequest & datum.computeright.v1.QueryJobRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryJobRequest;
                static toObject(message: datum.computeright.v1.QueryJobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobRequest {
                interface $Properties {
                    id?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryJobRequest.$Properties;
            }

            interface IQueryJobResponse extends datum.computeright.v1.QueryJobResponse.$Properties {
            }

            class QueryJobResponse {
                constructor(properties?: datum.computeright.v1.QueryJobResponse.$Properties);
                $unknowns?: Uint8Array[];
                job?: (datum.computeright.v1.Job.$Properties|null);
                static create(properties: datum.computeright.v1.QueryJobResponse.$Shape): datum.computeright.v1.QueryJobResponse & datum.computeright.v1.QueryJobResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryJobResponse.$Properties): datum.computeright.v1.QueryJobResponse;
                static encode(message: datum.computeright.v1.QueryJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryJobResponse & datum.computeright.v1.QueryJobResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryJobResponse;
                static toObject(message: datum.computeright.v1.QueryJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobResponse {
                interface $Properties {
                    job?: (datum.computeright.v1.Job.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryJobResponse.$Properties;
            }

            interface IQueryRightsByHolderRequest extends datum.computeright.v1.QueryRightsByHolderRequest.$Properties {
            }

            class QueryRightsByHolderRequest {
                constructor(properties?: datum.computeright.v1.QueryRightsByHolderRequest.$Properties);
                $unknowns?: Uint8Array[];
                holder: string;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.computeright.v1.QueryRightsByHolderRequest.$Shape): datum.computeright.v1.QueryRightsByHolderRequest & datum.computeright.v1.QueryRightsByHolderRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryRightsByHolderRequest.$Properties): datum.computeright.v1.QueryRightsByHolderRequest;
                static encode(message: datum.computeright.v1.QueryRightsByHolderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryRightsByHolderRequest & datum.computeright.v1.QueryRightsByHolderRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryRightsByHolderRequest;
                static toObject(message: datum.computeright.v1.QueryRightsByHolderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRightsByHolderRequest {
                interface $Properties {
                    holder?: (string|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryRightsByHolderRequest.$Properties;
            }

            interface IQueryRightsResponse extends datum.computeright.v1.QueryRightsResponse.$Properties {
            }

            class QueryRightsResponse {
                constructor(properties?: datum.computeright.v1.QueryRightsResponse.$Properties);
                $unknowns?: Uint8Array[];
                rights: datum.computeright.v1.ComputeRight.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.computeright.v1.QueryRightsResponse.$Shape): datum.computeright.v1.QueryRightsResponse & datum.computeright.v1.QueryRightsResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryRightsResponse.$Properties): datum.computeright.v1.QueryRightsResponse;
                static encode(message: datum.computeright.v1.QueryRightsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryRightsResponse & datum.computeright.v1.QueryRightsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryRightsResponse;
                static toObject(message: datum.computeright.v1.QueryRightsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRightsResponse {
                interface $Properties {
                    rights?: (datum.computeright.v1.ComputeRight.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryRightsResponse.$Properties;
            }

            interface IQueryEscrowRequest extends datum.computeright.v1.QueryEscrowRequest.$Properties {
            }

            class QueryEscrowRequest {
                constructor(properties?: datum.computeright.v1.QueryEscrowRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.QueryEscrowRequest.$Shape): datum.computeright.v1.QueryEscrowRequest & datum.computeright.v1.QueryEscrowRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryEscrowRequest.$Properties): datum.computeright.v1.QueryEscrowRequest;
                static encode(message: datum.computeright.v1.QueryEscrowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryEscrowRequest & datum.computeright.v1.QueryEscrowRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryEscrowRequest;
                static toObject(message: datum.computeright.v1.QueryEscrowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryEscrowRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryEscrowRequest.$Properties;
            }

            interface IQueryEscrowResponse extends datum.computeright.v1.QueryEscrowResponse.$Properties {
            }

            class QueryEscrowResponse {
                constructor(properties?: datum.computeright.v1.QueryEscrowResponse.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                balance: cosmos.base.v1beta1.Coin.$Properties[];
                owed: cosmos.base.v1beta1.Coin.$Properties[];
                static create(properties: datum.computeright.v1.QueryEscrowResponse.$Shape): datum.computeright.v1.QueryEscrowResponse & datum.computeright.v1.QueryEscrowResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryEscrowResponse.$Properties): datum.computeright.v1.QueryEscrowResponse;
                static encode(message: datum.computeright.v1.QueryEscrowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryEscrowResponse & datum.computeright.v1.QueryEscrowResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryEscrowResponse;
                static toObject(message: datum.computeright.v1.QueryEscrowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryEscrowResponse {
                interface $Properties {
                    address?: (string|null);
                    balance?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    owed?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryEscrowResponse.$Properties;
            }

            interface IQuerySettlementPreviewRequest extends datum.computeright.v1.QuerySettlementPreviewRequest.$Properties {
            }

            class QuerySettlementPreviewRequest {
                constructor(properties?: datum.computeright.v1.QuerySettlementPreviewRequest.$Properties);
                $unknowns?: Uint8Array[];
                offeringId: Long;
                static create(properties: datum.computeright.v1.QuerySettlementPreviewRequest.$Shape): datum.computeright.v1.QuerySettlementPreviewRequest & datum.computeright.v1.QuerySettlementPreviewRequest.$Shape;
                static create(properties?: datum.computeright.v1.QuerySettlementPreviewRequest.$Properties): datum.computeright.v1.QuerySettlementPreviewRequest;
                static encode(message: datum.computeright.v1.QuerySettlementPreviewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QuerySettlementPreviewRequest & datum.computeright.v1.QuerySettlementPreviewRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QuerySettlementPreviewRequest;
                static toObject(message: datum.computeright.v1.QuerySettlementPreviewRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySettlementPreviewRequest {
                interface $Properties {
                    offeringId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QuerySettlementPreviewRequest.$Properties;
            }

            interface IPayout extends datum.computeright.v1.Payout.$Properties {
            }

            class Payout {
                constructor(properties?: datum.computeright.v1.Payout.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                amount?: (cosmos.base.v1beta1.Coin.$Properties|null);
                static create(properties: datum.computeright.v1.Payout.$Shape): datum.computeright.v1.Payout & datum.computeright.v1.Payout.$Shape;
                static create(properties?: datum.computeright.v1.Payout.$Properties): datum.computeright.v1.Payout;
                static encode(message: datum.computeright.v1.Payout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.Payout & datum.computeright.v1.Payout.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.Payout;
                static toObject(message: datum.computeright.v1.Payout, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Payout {
                interface $Properties {
                    address?: (string|null);
                    amount?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.Payout.$Properties;
            }

            interface IQuerySettlementPreviewResponse extends datum.computeright.v1.QuerySettlementPreviewResponse.$Properties {
            }

            class QuerySettlementPreviewResponse {
                constructor(properties?: datum.computeright.v1.QuerySettlementPreviewResponse.$Properties);
                $unknowns?: Uint8Array[];
                pricePerUse?: (cosmos.base.v1beta1.Coin.$Properties|null);
                protocolFee?: (cosmos.base.v1beta1.Coin.$Properties|null);
                payouts: datum.computeright.v1.Payout.$Properties[];
                static create(properties: datum.computeright.v1.QuerySettlementPreviewResponse.$Shape): datum.computeright.v1.QuerySettlementPreviewResponse & datum.computeright.v1.QuerySettlementPreviewResponse.$Shape;
                static create(properties?: datum.computeright.v1.QuerySettlementPreviewResponse.$Properties): datum.computeright.v1.QuerySettlementPreviewResponse;
                static encode(message: datum.computeright.v1.QuerySettlementPreviewResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QuerySettlementPreviewResponse & datum.computeright.v1.QuerySettlementPreviewResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QuerySettlementPreviewResponse;
                static toObject(message: datum.computeright.v1.QuerySettlementPreviewResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySettlementPreviewResponse {
                interface $Properties {
                    pricePerUse?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    protocolFee?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    payouts?: (datum.computeright.v1.Payout.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QuerySettlementPreviewResponse.$Properties;
            }

            interface IQueryParamsRequest extends datum.computeright.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(properties?: datum.computeright.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.QueryParamsRequest.$Shape): datum.computeright.v1.QueryParamsRequest & datum.computeright.v1.QueryParamsRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryParamsRequest.$Properties): datum.computeright.v1.QueryParamsRequest;
                static encode(message: datum.computeright.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryParamsRequest & datum.computeright.v1.QueryParamsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryParamsRequest;
                static toObject(message: datum.computeright.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends datum.computeright.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(properties?: datum.computeright.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (datum.computeright.v1.Params.$Properties|null);
                static create(properties: datum.computeright.v1.QueryParamsResponse.$Shape): datum.computeright.v1.QueryParamsResponse & datum.computeright.v1.QueryParamsResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryParamsResponse.$Properties): datum.computeright.v1.QueryParamsResponse;
                static encode(message: datum.computeright.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryParamsResponse & datum.computeright.v1.QueryParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryParamsResponse;
                static toObject(message: datum.computeright.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (datum.computeright.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryParamsResponse.$Properties;
            }

            interface IQueryByAssetRequest extends datum.computeright.v1.QueryByAssetRequest.$Properties {
            }

            class QueryByAssetRequest {
                constructor(properties?: datum.computeright.v1.QueryByAssetRequest.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.computeright.v1.QueryByAssetRequest.$Shape): datum.computeright.v1.QueryByAssetRequest & datum.computeright.v1.QueryByAssetRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryByAssetRequest.$Properties): datum.computeright.v1.QueryByAssetRequest;
                static encode(message: datum.computeright.v1.QueryByAssetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryByAssetRequest & datum.computeright.v1.QueryByAssetRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryByAssetRequest;
                static toObject(message: datum.computeright.v1.QueryByAssetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryByAssetRequest {
                interface $Properties {
                    assetId?: (string|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryByAssetRequest.$Properties;
            }

            interface IQueryOfferingsResponse extends datum.computeright.v1.QueryOfferingsResponse.$Properties {
            }

            class QueryOfferingsResponse {
                constructor(properties?: datum.computeright.v1.QueryOfferingsResponse.$Properties);
                $unknowns?: Uint8Array[];
                offerings: datum.computeright.v1.Offering.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.computeright.v1.QueryOfferingsResponse.$Shape): datum.computeright.v1.QueryOfferingsResponse & datum.computeright.v1.QueryOfferingsResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryOfferingsResponse.$Properties): datum.computeright.v1.QueryOfferingsResponse;
                static encode(message: datum.computeright.v1.QueryOfferingsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryOfferingsResponse & datum.computeright.v1.QueryOfferingsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryOfferingsResponse;
                static toObject(message: datum.computeright.v1.QueryOfferingsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryOfferingsResponse {
                interface $Properties {
                    offerings?: (datum.computeright.v1.Offering.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryOfferingsResponse.$Properties;
            }

            interface IQueryJobsByRequesterRequest extends datum.computeright.v1.QueryJobsByRequesterRequest.$Properties {
            }

            class QueryJobsByRequesterRequest {
                constructor(properties?: datum.computeright.v1.QueryJobsByRequesterRequest.$Properties);
                $unknowns?: Uint8Array[];
                requester: string;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.computeright.v1.QueryJobsByRequesterRequest.$Shape): datum.computeright.v1.QueryJobsByRequesterRequest & datum.computeright.v1.QueryJobsByRequesterRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryJobsByRequesterRequest.$Properties): datum.computeright.v1.QueryJobsByRequesterRequest;
                static encode(message: datum.computeright.v1.QueryJobsByRequesterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryJobsByRequesterRequest & datum.computeright.v1.QueryJobsByRequesterRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryJobsByRequesterRequest;
                static toObject(message: datum.computeright.v1.QueryJobsByRequesterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobsByRequesterRequest {
                interface $Properties {
                    requester?: (string|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryJobsByRequesterRequest.$Properties;
            }

            interface IQueryJobsByStateRequest extends datum.computeright.v1.QueryJobsByStateRequest.$Properties {
            }

            class QueryJobsByStateRequest {
                constructor(properties?: datum.computeright.v1.QueryJobsByStateRequest.$Properties);
                $unknowns?: Uint8Array[];
                state: datum.computeright.v1.JobState;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.computeright.v1.QueryJobsByStateRequest.$Shape): datum.computeright.v1.QueryJobsByStateRequest & datum.computeright.v1.QueryJobsByStateRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryJobsByStateRequest.$Properties): datum.computeright.v1.QueryJobsByStateRequest;
                static encode(message: datum.computeright.v1.QueryJobsByStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryJobsByStateRequest & datum.computeright.v1.QueryJobsByStateRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryJobsByStateRequest;
                static toObject(message: datum.computeright.v1.QueryJobsByStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobsByStateRequest {
                interface $Properties {
                    state?: (datum.computeright.v1.JobState|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryJobsByStateRequest.$Properties;
            }

            interface IQueryJobsByAssetRequest extends datum.computeright.v1.QueryJobsByAssetRequest.$Properties {
            }

            class QueryJobsByAssetRequest {
                constructor(properties?: datum.computeright.v1.QueryJobsByAssetRequest.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                state: datum.computeright.v1.JobState;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.computeright.v1.QueryJobsByAssetRequest.$Shape): datum.computeright.v1.QueryJobsByAssetRequest & datum.computeright.v1.QueryJobsByAssetRequest.$Shape;
                static create(properties?: datum.computeright.v1.QueryJobsByAssetRequest.$Properties): datum.computeright.v1.QueryJobsByAssetRequest;
                static encode(message: datum.computeright.v1.QueryJobsByAssetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryJobsByAssetRequest & datum.computeright.v1.QueryJobsByAssetRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryJobsByAssetRequest;
                static toObject(message: datum.computeright.v1.QueryJobsByAssetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobsByAssetRequest {
                interface $Properties {
                    assetId?: (string|null);
                    state?: (datum.computeright.v1.JobState|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryJobsByAssetRequest.$Properties;
            }

            interface IQueryJobsResponse extends datum.computeright.v1.QueryJobsResponse.$Properties {
            }

            class QueryJobsResponse {
                constructor(properties?: datum.computeright.v1.QueryJobsResponse.$Properties);
                $unknowns?: Uint8Array[];
                jobs: datum.computeright.v1.Job.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.computeright.v1.QueryJobsResponse.$Shape): datum.computeright.v1.QueryJobsResponse & datum.computeright.v1.QueryJobsResponse.$Shape;
                static create(properties?: datum.computeright.v1.QueryJobsResponse.$Properties): datum.computeright.v1.QueryJobsResponse;
                static encode(message: datum.computeright.v1.QueryJobsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.QueryJobsResponse & datum.computeright.v1.QueryJobsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.QueryJobsResponse;
                static toObject(message: datum.computeright.v1.QueryJobsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryJobsResponse {
                interface $Properties {
                    jobs?: (datum.computeright.v1.Job.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.QueryJobsResponse.$Properties;
            }

            interface IMsgCreateOffering extends datum.computeright.v1.MsgCreateOffering.$Properties {
            }

            class MsgCreateOffering {
                constructor(properties?: datum.computeright.v1.MsgCreateOffering.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                terms?: (datum.computeright.v1.OfferingTerms.$Properties|null);
                static create(properties: datum.computeright.v1.MsgCreateOffering.$Shape): datum.computeright.v1.MsgCreateOffering & datum.computeright.v1.MsgCreateOffering.$Shape;
                static create(properties?: datum.computeright.v1.MsgCreateOffering.$Properties): datum.computeright.v1.MsgCreateOffering;
                static encode(message: datum.computeright.v1.MsgCreateOffering.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgCreateOffering & datum.computeright.v1.MsgCreateOffering.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgCreateOffering;
                static toObject(message: datum.computeright.v1.MsgCreateOffering, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateOffering {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    terms?: (datum.computeright.v1.OfferingTerms.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgCreateOffering.$Properties;
            }

            interface IMsgCreateOfferingResponse extends datum.computeright.v1.MsgCreateOfferingResponse.$Properties {
            }

            class MsgCreateOfferingResponse {
                constructor(properties?: datum.computeright.v1.MsgCreateOfferingResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: Long;
                static create(properties: datum.computeright.v1.MsgCreateOfferingResponse.$Shape): datum.computeright.v1.MsgCreateOfferingResponse & datum.computeright.v1.MsgCreateOfferingResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgCreateOfferingResponse.$Properties): datum.computeright.v1.MsgCreateOfferingResponse;
                static encode(message: datum.computeright.v1.MsgCreateOfferingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgCreateOfferingResponse & datum.computeright.v1.MsgCreateOfferingResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgCreateOfferingResponse;
                static toObject(message: datum.computeright.v1.MsgCreateOfferingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateOfferingResponse {
                interface $Properties {
                    id?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgCreateOfferingResponse.$Properties;
            }

            interface IMsgUpdateOffering extends datum.computeright.v1.MsgUpdateOffering.$Properties {
            }

            class MsgUpdateOffering {
                constructor(properties?: datum.computeright.v1.MsgUpdateOffering.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                offeringId: Long;
                terms?: (datum.computeright.v1.OfferingTerms.$Properties|null);
                static create(properties: datum.computeright.v1.MsgUpdateOffering.$Shape): datum.computeright.v1.MsgUpdateOffering & datum.computeright.v1.MsgUpdateOffering.$Shape;
                static create(properties?: datum.computeright.v1.MsgUpdateOffering.$Properties): datum.computeright.v1.MsgUpdateOffering;
                static encode(message: datum.computeright.v1.MsgUpdateOffering.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgUpdateOffering & datum.computeright.v1.MsgUpdateOffering.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgUpdateOffering;
                static toObject(message: datum.computeright.v1.MsgUpdateOffering, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateOffering {
                interface $Properties {
                    owner?: (string|null);
                    offeringId?: (Long|null);
                    terms?: (datum.computeright.v1.OfferingTerms.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgUpdateOffering.$Properties;
            }

            interface IMsgUpdateOfferingResponse extends datum.computeright.v1.MsgUpdateOfferingResponse.$Properties {
            }

            class MsgUpdateOfferingResponse {
                constructor(properties?: datum.computeright.v1.MsgUpdateOfferingResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgUpdateOfferingResponse.$Shape): datum.computeright.v1.MsgUpdateOfferingResponse & datum.computeright.v1.MsgUpdateOfferingResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgUpdateOfferingResponse.$Properties): datum.computeright.v1.MsgUpdateOfferingResponse;
                static encode(message: datum.computeright.v1.MsgUpdateOfferingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgUpdateOfferingResponse & datum.computeright.v1.MsgUpdateOfferingResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgUpdateOfferingResponse;
                static toObject(message: datum.computeright.v1.MsgUpdateOfferingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateOfferingResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgUpdateOfferingResponse.$Properties;
            }

            interface IMsgSetOfferingState extends datum.computeright.v1.MsgSetOfferingState.$Properties {
            }

            class MsgSetOfferingState {
                constructor(properties?: datum.computeright.v1.MsgSetOfferingState.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                offeringId: Long;
                state: datum.computeright.v1.OfferingState;
                static create(properties: datum.computeright.v1.MsgSetOfferingState.$Shape): datum.computeright.v1.MsgSetOfferingState & datum.computeright.v1.MsgSetOfferingState.$Shape;
                static create(properties?: datum.computeright.v1.MsgSetOfferingState.$Properties): datum.computeright.v1.MsgSetOfferingState;
                static encode(message: datum.computeright.v1.MsgSetOfferingState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgSetOfferingState & datum.computeright.v1.MsgSetOfferingState.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgSetOfferingState;
                static toObject(message: datum.computeright.v1.MsgSetOfferingState, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetOfferingState {
                interface $Properties {
                    owner?: (string|null);
                    offeringId?: (Long|null);
                    state?: (datum.computeright.v1.OfferingState|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgSetOfferingState.$Properties;
            }

            interface IMsgSetOfferingStateResponse extends datum.computeright.v1.MsgSetOfferingStateResponse.$Properties {
            }

            class MsgSetOfferingStateResponse {
                constructor(properties?: datum.computeright.v1.MsgSetOfferingStateResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgSetOfferingStateResponse.$Shape): datum.computeright.v1.MsgSetOfferingStateResponse & datum.computeright.v1.MsgSetOfferingStateResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgSetOfferingStateResponse.$Properties): datum.computeright.v1.MsgSetOfferingStateResponse;
                static encode(message: datum.computeright.v1.MsgSetOfferingStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgSetOfferingStateResponse & datum.computeright.v1.MsgSetOfferingStateResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgSetOfferingStateResponse;
                static toObject(message: datum.computeright.v1.MsgSetOfferingStateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetOfferingStateResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgSetOfferingStateResponse.$Properties;
            }

            interface IMsgPurchaseRight extends datum.computeright.v1.MsgPurchaseRight.$Properties {
            }

            class MsgPurchaseRight {
                constructor(properties?: datum.computeright.v1.MsgPurchaseRight.$Properties);
                $unknowns?: Uint8Array[];
                buyer: string;
                offeringId: Long;
                static create(properties: datum.computeright.v1.MsgPurchaseRight.$Shape): datum.computeright.v1.MsgPurchaseRight & datum.computeright.v1.MsgPurchaseRight.$Shape;
                static create(properties?: datum.computeright.v1.MsgPurchaseRight.$Properties): datum.computeright.v1.MsgPurchaseRight;
                static encode(message: datum.computeright.v1.MsgPurchaseRight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgPurchaseRight & datum.computeright.v1.MsgPurchaseRight.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgPurchaseRight;
                static toObject(message: datum.computeright.v1.MsgPurchaseRight, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPurchaseRight {
                interface $Properties {
                    buyer?: (string|null);
                    offeringId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgPurchaseRight.$Properties;
            }

            interface IMsgPurchaseRightResponse extends datum.computeright.v1.MsgPurchaseRightResponse.$Properties {
            }

            class MsgPurchaseRightResponse {
                constructor(properties?: datum.computeright.v1.MsgPurchaseRightResponse.$Properties);
                $unknowns?: Uint8Array[];
                rightId: Long;
                static create(properties: datum.computeright.v1.MsgPurchaseRightResponse.$Shape): datum.computeright.v1.MsgPurchaseRightResponse & datum.computeright.v1.MsgPurchaseRightResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgPurchaseRightResponse.$Properties): datum.computeright.v1.MsgPurchaseRightResponse;
                static encode(message: datum.computeright.v1.MsgPurchaseRightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgPurchaseRightResponse & datum.computeright.v1.MsgPurchaseRightResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgPurchaseRightResponse;
                static toObject(message: datum.computeright.v1.MsgPurchaseRightResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPurchaseRightResponse {
                interface $Properties {
                    rightId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgPurchaseRightResponse.$Properties;
            }

            interface IJobRequest extends datum.computeright.v1.JobRequest.$Properties {
            }

            class JobRequest {
                constructor(properties?: datum.computeright.v1.JobRequest.$Properties);
                $unknowns?: Uint8Array[];
                algorithm?: (datum.computeright.v1.Algorithm.$Properties|null);
                mechanism: number;
                epsilonMicro: Long;
                maxComputeFee?: (cosmos.base.v1beta1.Coin.$Properties|null);
                outputKey: Uint8Array;
                viewers: string[];
                static create(properties: datum.computeright.v1.JobRequest.$Shape): datum.computeright.v1.JobRequest & datum.computeright.v1.JobRequest.$Shape;
                static create(properties?: datum.computeright.v1.JobRequest.$Properties): datum.computeright.v1.JobRequest;
                static encode(message: datum.computeright.v1.JobRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.JobRequest & datum.computeright.v1.JobRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.JobRequest;
                static toObject(message: datum.computeright.v1.JobRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace JobRequest {
                interface $Properties {
                    algorithm?: (datum.computeright.v1.Algorithm.$Properties|null);
                    mechanism?: (number|null);
                    epsilonMicro?: (Long|null);
                    maxComputeFee?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    outputKey?: (Uint8Array|null);
                    viewers?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.JobRequest.$Properties;
            }

            interface IMsgRequestJob extends datum.computeright.v1.MsgRequestJob.$Properties {
            }

            class MsgRequestJob {
                constructor(properties?: datum.computeright.v1.MsgRequestJob.$Properties);
                $unknowns?: Uint8Array[];
                requester: string;
                rightIds: Long[];
                job?: (datum.computeright.v1.JobRequest.$Properties|null);
                static create(properties: datum.computeright.v1.MsgRequestJob.$Shape): datum.computeright.v1.MsgRequestJob & datum.computeright.v1.MsgRequestJob.$Shape;
                static create(properties?: datum.computeright.v1.MsgRequestJob.$Properties): datum.computeright.v1.MsgRequestJob;
                static encode(message: datum.computeright.v1.MsgRequestJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgRequestJob & datum.computeright.v1.MsgRequestJob.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgRequestJob;
                static toObject(message: datum.computeright.v1.MsgRequestJob, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRequestJob {
                interface $Properties {
                    requester?: (string|null);
                    rightIds?: (Long[]|null);
                    job?: (datum.computeright.v1.JobRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgRequestJob.$Properties;
            }

            interface IMsgRequestJobResponse extends datum.computeright.v1.MsgRequestJobResponse.$Properties {
            }

            class MsgRequestJobResponse {
                constructor(properties?: datum.computeright.v1.MsgRequestJobResponse.$Properties);
                $unknowns?: Uint8Array[];
                jobId: Long;
                static create(properties: datum.computeright.v1.MsgRequestJobResponse.$Shape): datum.computeright.v1.MsgRequestJobResponse & datum.computeright.v1.MsgRequestJobResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgRequestJobResponse.$Properties): datum.computeright.v1.MsgRequestJobResponse;
                static encode(message: datum.computeright.v1.MsgRequestJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgRequestJobResponse & datum.computeright.v1.MsgRequestJobResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgRequestJobResponse;
                static toObject(message: datum.computeright.v1.MsgRequestJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRequestJobResponse {
                interface $Properties {
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgRequestJobResponse.$Properties;
            }

            interface IMsgPurchaseAndRequest extends datum.computeright.v1.MsgPurchaseAndRequest.$Properties {
            }

            class MsgPurchaseAndRequest {
                constructor(properties?: datum.computeright.v1.MsgPurchaseAndRequest.$Properties);
                $unknowns?: Uint8Array[];
                buyer: string;
                offeringId: Long;
                job?: (datum.computeright.v1.JobRequest.$Properties|null);
                static create(properties: datum.computeright.v1.MsgPurchaseAndRequest.$Shape): datum.computeright.v1.MsgPurchaseAndRequest & datum.computeright.v1.MsgPurchaseAndRequest.$Shape;
                static create(properties?: datum.computeright.v1.MsgPurchaseAndRequest.$Properties): datum.computeright.v1.MsgPurchaseAndRequest;
                static encode(message: datum.computeright.v1.MsgPurchaseAndRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgPurchaseAndRequest & datum.computeright.v1.MsgPurchaseAndRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgPurchaseAndRequest;
                static toObject(message: datum.computeright.v1.MsgPurchaseAndRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPurchaseAndRequest {
                interface $Properties {
                    buyer?: (string|null);
                    offeringId?: (Long|null);
                    job?: (datum.computeright.v1.JobRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgPurchaseAndRequest.$Properties;
            }

            interface IMsgPurchaseAndRequestResponse extends datum.computeright.v1.MsgPurchaseAndRequestResponse.$Properties {
            }

            class MsgPurchaseAndRequestResponse {
                constructor(properties?: datum.computeright.v1.MsgPurchaseAndRequestResponse.$Properties);
                $unknowns?: Uint8Array[];
                rightId: Long;
                jobId: Long;
                static create(properties: datum.computeright.v1.MsgPurchaseAndRequestResponse.$Shape): datum.computeright.v1.MsgPurchaseAndRequestResponse & datum.computeright.v1.MsgPurchaseAndRequestResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgPurchaseAndRequestResponse.$Properties): datum.computeright.v1.MsgPurchaseAndRequestResponse;
                static encode(message: datum.computeright.v1.MsgPurchaseAndRequestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgPurchaseAndRequestResponse & datum.computeright.v1.MsgPurchaseAndRequestResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgPurchaseAndRequestResponse;
                static toObject(message: datum.computeright.v1.MsgPurchaseAndRequestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPurchaseAndRequestResponse {
                interface $Properties {
                    rightId?: (Long|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgPurchaseAndRequestResponse.$Properties;
            }

            interface IMsgCancelJob extends datum.computeright.v1.MsgCancelJob.$Properties {
            }

            class MsgCancelJob {
                constructor(properties?: datum.computeright.v1.MsgCancelJob.$Properties);
                $unknowns?: Uint8Array[];
                requester: string;
                jobId: Long;
                static create(properties: datum.computeright.v1.MsgCancelJob.$Shape): datum.computeright.v1.MsgCancelJob & datum.computeright.v1.MsgCancelJob.$Shape;
                static create(properties?: datum.computeright.v1.MsgCancelJob.$Properties): datum.computeright.v1.MsgCancelJob;
                static encode(message: datum.computeright.v1.MsgCancelJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgCancelJob & datum.computeright.v1.MsgCancelJob.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgCancelJob;
                static toObject(message: datum.computeright.v1.MsgCancelJob, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCancelJob {
                interface $Properties {
                    requester?: (string|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgCancelJob.$Properties;
            }

            interface IMsgCancelJobResponse extends datum.computeright.v1.MsgCancelJobResponse.$Properties {
            }

            class MsgCancelJobResponse {
                constructor(properties?: datum.computeright.v1.MsgCancelJobResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgCancelJobResponse.$Shape): datum.computeright.v1.MsgCancelJobResponse & datum.computeright.v1.MsgCancelJobResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgCancelJobResponse.$Properties): datum.computeright.v1.MsgCancelJobResponse;
                static encode(message: datum.computeright.v1.MsgCancelJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgCancelJobResponse & datum.computeright.v1.MsgCancelJobResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgCancelJobResponse;
                static toObject(message: datum.computeright.v1.MsgCancelJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCancelJobResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgCancelJobResponse.$Properties;
            }

            interface IMsgClaimExpiredJob extends datum.computeright.v1.MsgClaimExpiredJob.$Properties {
            }

            class MsgClaimExpiredJob {
                constructor(properties?: datum.computeright.v1.MsgClaimExpiredJob.$Properties);
                $unknowns?: Uint8Array[];
                claimer: string;
                jobId: Long;
                static create(properties: datum.computeright.v1.MsgClaimExpiredJob.$Shape): datum.computeright.v1.MsgClaimExpiredJob & datum.computeright.v1.MsgClaimExpiredJob.$Shape;
                static create(properties?: datum.computeright.v1.MsgClaimExpiredJob.$Properties): datum.computeright.v1.MsgClaimExpiredJob;
                static encode(message: datum.computeright.v1.MsgClaimExpiredJob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgClaimExpiredJob & datum.computeright.v1.MsgClaimExpiredJob.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgClaimExpiredJob;
                static toObject(message: datum.computeright.v1.MsgClaimExpiredJob, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgClaimExpiredJob {
                interface $Properties {
                    claimer?: (string|null);
                    jobId?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgClaimExpiredJob.$Properties;
            }

            interface IMsgClaimExpiredJobResponse extends datum.computeright.v1.MsgClaimExpiredJobResponse.$Properties {
            }

            class MsgClaimExpiredJobResponse {
                constructor(properties?: datum.computeright.v1.MsgClaimExpiredJobResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgClaimExpiredJobResponse.$Shape): datum.computeright.v1.MsgClaimExpiredJobResponse & datum.computeright.v1.MsgClaimExpiredJobResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgClaimExpiredJobResponse.$Properties): datum.computeright.v1.MsgClaimExpiredJobResponse;
                static encode(message: datum.computeright.v1.MsgClaimExpiredJobResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgClaimExpiredJobResponse & datum.computeright.v1.MsgClaimExpiredJobResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgClaimExpiredJobResponse;
                static toObject(message: datum.computeright.v1.MsgClaimExpiredJobResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgClaimExpiredJobResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgClaimExpiredJobResponse.$Properties;
            }

            interface IMsgGiftRight extends datum.computeright.v1.MsgGiftRight.$Properties {
            }

            class MsgGiftRight {
                constructor(properties?: datum.computeright.v1.MsgGiftRight.$Properties);
                $unknowns?: Uint8Array[];
                holder: string;
                rightId: Long;
                recipient: string;
                static create(properties: datum.computeright.v1.MsgGiftRight.$Shape): datum.computeright.v1.MsgGiftRight & datum.computeright.v1.MsgGiftRight.$Shape;
                static create(properties?: datum.computeright.v1.MsgGiftRight.$Properties): datum.computeright.v1.MsgGiftRight;
                static encode(message: datum.computeright.v1.MsgGiftRight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgGiftRight & datum.computeright.v1.MsgGiftRight.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgGiftRight;
                static toObject(message: datum.computeright.v1.MsgGiftRight, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgGiftRight {
                interface $Properties {
                    holder?: (string|null);
                    rightId?: (Long|null);
                    recipient?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgGiftRight.$Properties;
            }

            interface IMsgGiftRightResponse extends datum.computeright.v1.MsgGiftRightResponse.$Properties {
            }

            class MsgGiftRightResponse {
                constructor(properties?: datum.computeright.v1.MsgGiftRightResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgGiftRightResponse.$Shape): datum.computeright.v1.MsgGiftRightResponse & datum.computeright.v1.MsgGiftRightResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgGiftRightResponse.$Properties): datum.computeright.v1.MsgGiftRightResponse;
                static encode(message: datum.computeright.v1.MsgGiftRightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgGiftRightResponse & datum.computeright.v1.MsgGiftRightResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgGiftRightResponse;
                static toObject(message: datum.computeright.v1.MsgGiftRightResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgGiftRightResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgGiftRightResponse.$Properties;
            }

            interface IMsgListRight extends datum.computeright.v1.MsgListRight.$Properties {
            }

            class MsgListRight {
                constructor(properties?: datum.computeright.v1.MsgListRight.$Properties);
                $unknowns?: Uint8Array[];
                holder: string;
                rightId: Long;
                price?: (cosmos.base.v1beta1.Coin.$Properties|null);
                static create(properties: datum.computeright.v1.MsgListRight.$Shape): datum.computeright.v1.MsgListRight & datum.computeright.v1.MsgListRight.$Shape;
                static create(properties?: datum.computeright.v1.MsgListRight.$Properties): datum.computeright.v1.MsgListRight;
                static encode(message: datum.computeright.v1.MsgListRight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgListRight & datum.computeright.v1.MsgListRight.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgListRight;
                static toObject(message: datum.computeright.v1.MsgListRight, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgListRight {
                interface $Properties {
                    holder?: (string|null);
                    rightId?: (Long|null);
                    price?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgListRight.$Properties;
            }

            interface IMsgListRightResponse extends datum.computeright.v1.MsgListRightResponse.$Properties {
            }

            class MsgListRightResponse {
                constructor(properties?: datum.computeright.v1.MsgListRightResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgListRightResponse.$Shape): datum.computeright.v1.MsgListRightResponse & datum.computeright.v1.MsgListRightResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgListRightResponse.$Properties): datum.computeright.v1.MsgListRightResponse;
                static encode(message: datum.computeright.v1.MsgListRightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgListRightResponse & datum.computeright.v1.MsgListRightResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgListRightResponse;
                static toObject(message: datum.computeright.v1.MsgListRightResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgListRightResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgListRightResponse.$Properties;
            }

            interface IMsgBuyListedRight extends datum.computeright.v1.MsgBuyListedRight.$Properties {
            }

            class MsgBuyListedRight {
                constructor(properties?: datum.computeright.v1.MsgBuyListedRight.$Properties);
                $unknowns?: Uint8Array[];
                buyer: string;
                rightId: Long;
                maxPrice?: (cosmos.base.v1beta1.Coin.$Properties|null);
                static create(properties: datum.computeright.v1.MsgBuyListedRight.$Shape): datum.computeright.v1.MsgBuyListedRight & datum.computeright.v1.MsgBuyListedRight.$Shape;
                static create(properties?: datum.computeright.v1.MsgBuyListedRight.$Properties): datum.computeright.v1.MsgBuyListedRight;
                static encode(message: datum.computeright.v1.MsgBuyListedRight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgBuyListedRight & datum.computeright.v1.MsgBuyListedRight.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgBuyListedRight;
                static toObject(message: datum.computeright.v1.MsgBuyListedRight, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBuyListedRight {
                interface $Properties {
                    buyer?: (string|null);
                    rightId?: (Long|null);
                    maxPrice?: (cosmos.base.v1beta1.Coin.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgBuyListedRight.$Properties;
            }

            interface IMsgBuyListedRightResponse extends datum.computeright.v1.MsgBuyListedRightResponse.$Properties {
            }

            class MsgBuyListedRightResponse {
                constructor(properties?: datum.computeright.v1.MsgBuyListedRightResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.computeright.v1.MsgBuyListedRightResponse.$Shape): datum.computeright.v1.MsgBuyListedRightResponse & datum.computeright.v1.MsgBuyListedRightResponse.$Shape;
                static create(properties?: datum.computeright.v1.MsgBuyListedRightResponse.$Properties): datum.computeright.v1.MsgBuyListedRightResponse;
                static encode(message: datum.computeright.v1.MsgBuyListedRightResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.computeright.v1.MsgBuyListedRightResponse & datum.computeright.v1.MsgBuyListedRightResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.computeright.v1.MsgBuyListedRightResponse;
                static toObject(message: datum.computeright.v1.MsgBuyListedRightResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBuyListedRightResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.computeright.v1.MsgBuyListedRightResponse.$Properties;
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
