import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace datum {

    namespace dataasset {

        namespace v1 {

            interface IEventLicenseTermsRegistered extends datum.dataasset.v1.EventLicenseTermsRegistered.$Properties {
            }

            class EventLicenseTermsRegistered {
                constructor(properties?: datum.dataasset.v1.EventLicenseTermsRegistered.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                creator: string;
                static create(properties: datum.dataasset.v1.EventLicenseTermsRegistered.$Shape): datum.dataasset.v1.EventLicenseTermsRegistered & datum.dataasset.v1.EventLicenseTermsRegistered.$Shape;
                static create(properties?: datum.dataasset.v1.EventLicenseTermsRegistered.$Properties): datum.dataasset.v1.EventLicenseTermsRegistered;
                static encode(message: datum.dataasset.v1.EventLicenseTermsRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventLicenseTermsRegistered & datum.dataasset.v1.EventLicenseTermsRegistered.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventLicenseTermsRegistered;
                static toObject(message: datum.dataasset.v1.EventLicenseTermsRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventLicenseTermsRegistered {
                interface $Properties {
                    id?: (string|null);
                    creator?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventLicenseTermsRegistered.$Properties;
            }

            interface IEventAssetRegistered extends datum.dataasset.v1.EventAssetRegistered.$Properties {
            }

            class EventAssetRegistered {
                constructor(properties?: datum.dataasset.v1.EventAssetRegistered.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                owner: string;
                contentHash: string;
                storageUri: string;
                metadataUri: string;
                metadataHash: string;
                licenseTermsId: string;
                tags: string[];
                static create(properties: datum.dataasset.v1.EventAssetRegistered.$Shape): datum.dataasset.v1.EventAssetRegistered & datum.dataasset.v1.EventAssetRegistered.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetRegistered.$Properties): datum.dataasset.v1.EventAssetRegistered;
                static encode(message: datum.dataasset.v1.EventAssetRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetRegistered & datum.dataasset.v1.EventAssetRegistered.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetRegistered;
                static toObject(message: datum.dataasset.v1.EventAssetRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetRegistered {
                interface $Properties {
                    id?: (string|null);
                    owner?: (string|null);
                    contentHash?: (string|null);
                    storageUri?: (string|null);
                    metadataUri?: (string|null);
                    metadataHash?: (string|null);
                    licenseTermsId?: (string|null);
                    tags?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetRegistered.$Properties;
            }

            interface IEventAssetMetadataUpdated extends datum.dataasset.v1.EventAssetMetadataUpdated.$Properties {
            }

            class EventAssetMetadataUpdated {
                constructor(properties?: datum.dataasset.v1.EventAssetMetadataUpdated.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                metadataUri: string;
                metadataHash: string;
                tags: string[];
                static create(properties: datum.dataasset.v1.EventAssetMetadataUpdated.$Shape): datum.dataasset.v1.EventAssetMetadataUpdated & datum.dataasset.v1.EventAssetMetadataUpdated.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetMetadataUpdated.$Properties): datum.dataasset.v1.EventAssetMetadataUpdated;
                static encode(message: datum.dataasset.v1.EventAssetMetadataUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetMetadataUpdated & datum.dataasset.v1.EventAssetMetadataUpdated.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetMetadataUpdated;
                static toObject(message: datum.dataasset.v1.EventAssetMetadataUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetMetadataUpdated {
                interface $Properties {
                    id?: (string|null);
                    metadataUri?: (string|null);
                    metadataHash?: (string|null);
                    tags?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetMetadataUpdated.$Properties;
            }

            interface IEventAssetVersionPublished extends datum.dataasset.v1.EventAssetVersionPublished.$Properties {
            }

            class EventAssetVersionPublished {
                constructor(properties?: datum.dataasset.v1.EventAssetVersionPublished.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                version: number;
                oldContentHash: string;
                newContentHash: string;
                storageUri: string;
                static create(properties: datum.dataasset.v1.EventAssetVersionPublished.$Shape): datum.dataasset.v1.EventAssetVersionPublished & datum.dataasset.v1.EventAssetVersionPublished.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetVersionPublished.$Properties): datum.dataasset.v1.EventAssetVersionPublished;
                static encode(message: datum.dataasset.v1.EventAssetVersionPublished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetVersionPublished & datum.dataasset.v1.EventAssetVersionPublished.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetVersionPublished;
                static toObject(message: datum.dataasset.v1.EventAssetVersionPublished, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetVersionPublished {
                interface $Properties {
                    id?: (string|null);
                    version?: (number|null);
                    oldContentHash?: (string|null);
                    newContentHash?: (string|null);
                    storageUri?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetVersionPublished.$Properties;
            }

            interface IEventAssetStateChanged extends datum.dataasset.v1.EventAssetStateChanged.$Properties {
            }

            class EventAssetStateChanged {
                constructor(properties?: datum.dataasset.v1.EventAssetStateChanged.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                from: datum.dataasset.v1.AssetState;
                to: datum.dataasset.v1.AssetState;
                supersededBy: string;
                reason: string;
                static create(properties: datum.dataasset.v1.EventAssetStateChanged.$Shape): datum.dataasset.v1.EventAssetStateChanged & datum.dataasset.v1.EventAssetStateChanged.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetStateChanged.$Properties): datum.dataasset.v1.EventAssetStateChanged;
                static encode(message: datum.dataasset.v1.EventAssetStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetStateChanged & datum.dataasset.v1.EventAssetStateChanged.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetStateChanged;
                static toObject(message: datum.dataasset.v1.EventAssetStateChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetStateChanged {
                interface $Properties {
                    id?: (string|null);
                    from?: (datum.dataasset.v1.AssetState|null);
                    to?: (datum.dataasset.v1.AssetState|null);
                    supersededBy?: (string|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetStateChanged.$Properties;
            }

            interface IEventContributorsSet extends datum.dataasset.v1.EventContributorsSet.$Properties {
            }

            class EventContributorsSet {
                constructor(properties?: datum.dataasset.v1.EventContributorsSet.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                contributors: datum.dataasset.v1.Contributor.$Properties[];
                static create(properties: datum.dataasset.v1.EventContributorsSet.$Shape): datum.dataasset.v1.EventContributorsSet & datum.dataasset.v1.EventContributorsSet.$Shape;
                static create(properties?: datum.dataasset.v1.EventContributorsSet.$Properties): datum.dataasset.v1.EventContributorsSet;
                static encode(message: datum.dataasset.v1.EventContributorsSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventContributorsSet & datum.dataasset.v1.EventContributorsSet.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventContributorsSet;
                static toObject(message: datum.dataasset.v1.EventContributorsSet, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventContributorsSet {
                interface $Properties {
                    id?: (string|null);
                    contributors?: (datum.dataasset.v1.Contributor.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventContributorsSet.$Properties;
            }

            interface IEventAlgorithmAllowed extends datum.dataasset.v1.EventAlgorithmAllowed.$Properties {
            }

            class EventAlgorithmAllowed {
                constructor(properties?: datum.dataasset.v1.EventAlgorithmAllowed.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                codeHash: string;
                imageDigest: string;
                label: string;
                sender: string;
                static create(properties: datum.dataasset.v1.EventAlgorithmAllowed.$Shape): datum.dataasset.v1.EventAlgorithmAllowed & datum.dataasset.v1.EventAlgorithmAllowed.$Shape;
                static create(properties?: datum.dataasset.v1.EventAlgorithmAllowed.$Properties): datum.dataasset.v1.EventAlgorithmAllowed;
                static encode(message: datum.dataasset.v1.EventAlgorithmAllowed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAlgorithmAllowed & datum.dataasset.v1.EventAlgorithmAllowed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAlgorithmAllowed;
                static toObject(message: datum.dataasset.v1.EventAlgorithmAllowed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAlgorithmAllowed {
                interface $Properties {
                    id?: (string|null);
                    codeHash?: (string|null);
                    imageDigest?: (string|null);
                    label?: (string|null);
                    sender?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAlgorithmAllowed.$Properties;
            }

            interface IEventAlgorithmDisallowed extends datum.dataasset.v1.EventAlgorithmDisallowed.$Properties {
            }

            class EventAlgorithmDisallowed {
                constructor(properties?: datum.dataasset.v1.EventAlgorithmDisallowed.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                codeHash: string;
                imageDigest: string;
                sender: string;
                static create(properties: datum.dataasset.v1.EventAlgorithmDisallowed.$Shape): datum.dataasset.v1.EventAlgorithmDisallowed & datum.dataasset.v1.EventAlgorithmDisallowed.$Shape;
                static create(properties?: datum.dataasset.v1.EventAlgorithmDisallowed.$Properties): datum.dataasset.v1.EventAlgorithmDisallowed;
                static encode(message: datum.dataasset.v1.EventAlgorithmDisallowed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAlgorithmDisallowed & datum.dataasset.v1.EventAlgorithmDisallowed.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAlgorithmDisallowed;
                static toObject(message: datum.dataasset.v1.EventAlgorithmDisallowed, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAlgorithmDisallowed {
                interface $Properties {
                    id?: (string|null);
                    codeHash?: (string|null);
                    imageDigest?: (string|null);
                    sender?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAlgorithmDisallowed.$Properties;
            }

            interface IEventPolicyChanged extends datum.dataasset.v1.EventPolicyChanged.$Properties {
            }

            class EventPolicyChanged {
                constructor(properties?: datum.dataasset.v1.EventPolicyChanged.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                kind: string;
                snapshotHash: string;
                static create(properties: datum.dataasset.v1.EventPolicyChanged.$Shape): datum.dataasset.v1.EventPolicyChanged & datum.dataasset.v1.EventPolicyChanged.$Shape;
                static create(properties?: datum.dataasset.v1.EventPolicyChanged.$Properties): datum.dataasset.v1.EventPolicyChanged;
                static encode(message: datum.dataasset.v1.EventPolicyChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventPolicyChanged & datum.dataasset.v1.EventPolicyChanged.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventPolicyChanged;
                static toObject(message: datum.dataasset.v1.EventPolicyChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPolicyChanged {
                interface $Properties {
                    id?: (string|null);
                    kind?: (string|null);
                    snapshotHash?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventPolicyChanged.$Properties;
            }

            interface IEventAssetTransferred extends datum.dataasset.v1.EventAssetTransferred.$Properties {
            }

            class EventAssetTransferred {
                constructor(properties?: datum.dataasset.v1.EventAssetTransferred.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                from: string;
                to: string;
                static create(properties: datum.dataasset.v1.EventAssetTransferred.$Shape): datum.dataasset.v1.EventAssetTransferred & datum.dataasset.v1.EventAssetTransferred.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetTransferred.$Properties): datum.dataasset.v1.EventAssetTransferred;
                static encode(message: datum.dataasset.v1.EventAssetTransferred.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetTransferred & datum.dataasset.v1.EventAssetTransferred.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetTransferred;
                static toObject(message: datum.dataasset.v1.EventAssetTransferred, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetTransferred {
                interface $Properties {
                    id?: (string|null);
                    from?: (string|null);
                    to?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetTransferred.$Properties;
            }

            interface IEventAssetBurned extends datum.dataasset.v1.EventAssetBurned.$Properties {
            }

            class EventAssetBurned {
                constructor(properties?: datum.dataasset.v1.EventAssetBurned.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                owner: string;
                static create(properties: datum.dataasset.v1.EventAssetBurned.$Shape): datum.dataasset.v1.EventAssetBurned & datum.dataasset.v1.EventAssetBurned.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetBurned.$Properties): datum.dataasset.v1.EventAssetBurned;
                static encode(message: datum.dataasset.v1.EventAssetBurned.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetBurned & datum.dataasset.v1.EventAssetBurned.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetBurned;
                static toObject(message: datum.dataasset.v1.EventAssetBurned, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetBurned {
                interface $Properties {
                    id?: (string|null);
                    owner?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetBurned.$Properties;
            }

            interface IEventPrivacyBudgetChanged extends datum.dataasset.v1.EventPrivacyBudgetChanged.$Properties {
            }

            class EventPrivacyBudgetChanged {
                constructor(properties?: datum.dataasset.v1.EventPrivacyBudgetChanged.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                version: number;
                totalMicro: Long;
                reservedMicro: Long;
                spentMicro: Long;
                static create(properties: datum.dataasset.v1.EventPrivacyBudgetChanged.$Shape): datum.dataasset.v1.EventPrivacyBudgetChanged & datum.dataasset.v1.EventPrivacyBudgetChanged.$Shape;
                static create(properties?: datum.dataasset.v1.EventPrivacyBudgetChanged.$Properties): datum.dataasset.v1.EventPrivacyBudgetChanged;
                static encode(message: datum.dataasset.v1.EventPrivacyBudgetChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventPrivacyBudgetChanged & datum.dataasset.v1.EventPrivacyBudgetChanged.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventPrivacyBudgetChanged;
                static toObject(message: datum.dataasset.v1.EventPrivacyBudgetChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrivacyBudgetChanged {
                interface $Properties {
                    assetId?: (string|null);
                    version?: (number|null);
                    totalMicro?: (Long|null);
                    reservedMicro?: (Long|null);
                    spentMicro?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventPrivacyBudgetChanged.$Properties;
            }

            interface IEventUsageRecorded extends datum.dataasset.v1.EventUsageRecorded.$Properties {
            }

            class EventUsageRecorded {
                constructor(properties?: datum.dataasset.v1.EventUsageRecorded.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                sequence: Long;
                jobId: string;
                rightId: string;
                epsilonMicro: Long;
                static create(properties: datum.dataasset.v1.EventUsageRecorded.$Shape): datum.dataasset.v1.EventUsageRecorded & datum.dataasset.v1.EventUsageRecorded.$Shape;
                static create(properties?: datum.dataasset.v1.EventUsageRecorded.$Properties): datum.dataasset.v1.EventUsageRecorded;
                static encode(message: datum.dataasset.v1.EventUsageRecorded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventUsageRecorded & datum.dataasset.v1.EventUsageRecorded.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventUsageRecorded;
                static toObject(message: datum.dataasset.v1.EventUsageRecorded, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUsageRecorded {
                interface $Properties {
                    assetId?: (string|null);
                    sequence?: (Long|null);
                    jobId?: (string|null);
                    rightId?: (string|null);
                    epsilonMicro?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventUsageRecorded.$Properties;
            }

            interface IEventAssetDataFault extends datum.dataasset.v1.EventAssetDataFault.$Properties {
            }

            class EventAssetDataFault {
                constructor(properties?: datum.dataasset.v1.EventAssetDataFault.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                version: number;
                contentHash: string;
                jobId: Long;
                reason: string;
                static create(properties: datum.dataasset.v1.EventAssetDataFault.$Shape): datum.dataasset.v1.EventAssetDataFault & datum.dataasset.v1.EventAssetDataFault.$Shape;
                static create(properties?: datum.dataasset.v1.EventAssetDataFault.$Properties): datum.dataasset.v1.EventAssetDataFault;
                static encode(message: datum.dataasset.v1.EventAssetDataFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.EventAssetDataFault & datum.dataasset.v1.EventAssetDataFault.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.EventAssetDataFault;
                static toObject(message: datum.dataasset.v1.EventAssetDataFault, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventAssetDataFault {
                interface $Properties {
                    id?: (string|null);
                    version?: (number|null);
                    contentHash?: (string|null);
                    jobId?: (Long|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.EventAssetDataFault.$Properties;
            }

            enum AssetState {
                ASSET_STATE_UNSPECIFIED = 0,
                ASSET_STATE_ACTIVE = 1,
                ASSET_STATE_ORDERING_PAUSED = 2,
                ASSET_STATE_UNLISTED = 3,
                ASSET_STATE_END_OF_LIFE = 4,
                ASSET_STATE_DEPRECATED = 5,
                ASSET_STATE_REVOKED = 6
            }

            enum Mechanism {
                MECHANISM_UNSPECIFIED = 0,
                MECHANISM_TEE = 1,
                MECHANISM_MPC = 2,
                MECHANISM_DP = 3,
                MECHANISM_FL = 4,
                MECHANISM_REPLICATED = 5
            }

            enum Purpose {
                PURPOSE_UNSPECIFIED = 0,
                PURPOSE_RESEARCH = 1,
                PURPOSE_COMMERCIAL = 2,
                PURPOSE_TRAINING = 3,
                PURPOSE_INFERENCE = 4
            }

            enum OutputOwnership {
                OUTPUT_OWNERSHIP_UNSPECIFIED = 0,
                OUTPUT_OWNERSHIP_REQUESTER = 1,
                OUTPUT_OWNERSHIP_SHARED = 2
            }

            interface IStorage extends datum.dataasset.v1.Storage.$Properties {
            }

            class Storage {
                constructor(properties?: datum.dataasset.v1.Storage.$Properties);
                $unknowns?: Uint8Array[];
                uri: string;
                encryptionScheme: string;
                static create(properties: datum.dataasset.v1.Storage.$Shape): datum.dataasset.v1.Storage & datum.dataasset.v1.Storage.$Shape;
                static create(properties?: datum.dataasset.v1.Storage.$Properties): datum.dataasset.v1.Storage;
                static encode(message: datum.dataasset.v1.Storage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.Storage & datum.dataasset.v1.Storage.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.Storage;
                static toObject(message: datum.dataasset.v1.Storage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Storage {
                interface $Properties {
                    uri?: (string|null);
                    encryptionScheme?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.Storage.$Properties;
            }

            interface IMetadata extends datum.dataasset.v1.Metadata.$Properties {
            }

            class Metadata {
                constructor(properties?: datum.dataasset.v1.Metadata.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                description: string;
                tags: string[];
                category: string;
                uri: string;
                hash: string;
                static create(properties: datum.dataasset.v1.Metadata.$Shape): datum.dataasset.v1.Metadata & datum.dataasset.v1.Metadata.$Shape;
                static create(properties?: datum.dataasset.v1.Metadata.$Properties): datum.dataasset.v1.Metadata;
                static encode(message: datum.dataasset.v1.Metadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.Metadata & datum.dataasset.v1.Metadata.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.Metadata;
                static toObject(message: datum.dataasset.v1.Metadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Metadata {
                interface $Properties {
                    name?: (string|null);
                    description?: (string|null);
                    tags?: (string[]|null);
                    category?: (string|null);
                    uri?: (string|null);
                    hash?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.Metadata.$Properties;
            }

            interface IContributor extends datum.dataasset.v1.Contributor.$Properties {
            }

            class Contributor {
                constructor(properties?: datum.dataasset.v1.Contributor.$Properties);
                $unknowns?: Uint8Array[];
                address: string;
                weightBps: number;
                static create(properties: datum.dataasset.v1.Contributor.$Shape): datum.dataasset.v1.Contributor & datum.dataasset.v1.Contributor.$Shape;
                static create(properties?: datum.dataasset.v1.Contributor.$Properties): datum.dataasset.v1.Contributor;
                static encode(message: datum.dataasset.v1.Contributor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.Contributor & datum.dataasset.v1.Contributor.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.Contributor;
                static toObject(message: datum.dataasset.v1.Contributor, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Contributor {
                interface $Properties {
                    address?: (string|null);
                    weightBps?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.Contributor.$Properties;
            }

            interface IAlgorithm extends datum.dataasset.v1.Algorithm.$Properties {
            }

            class Algorithm {
                constructor(properties?: datum.dataasset.v1.Algorithm.$Properties);
                $unknowns?: Uint8Array[];
                codeHash: string;
                imageDigest: string;
                label: string;
                static create(properties: datum.dataasset.v1.Algorithm.$Shape): datum.dataasset.v1.Algorithm & datum.dataasset.v1.Algorithm.$Shape;
                static create(properties?: datum.dataasset.v1.Algorithm.$Properties): datum.dataasset.v1.Algorithm;
                static encode(message: datum.dataasset.v1.Algorithm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.Algorithm & datum.dataasset.v1.Algorithm.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.Algorithm;
                static toObject(message: datum.dataasset.v1.Algorithm, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Algorithm {
                interface $Properties {
                    codeHash?: (string|null);
                    imageDigest?: (string|null);
                    label?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.Algorithm.$Properties;
            }

            interface IOutputPolicy extends datum.dataasset.v1.OutputPolicy.$Properties {
            }

            class OutputPolicy {
                constructor(properties?: datum.dataasset.v1.OutputPolicy.$Properties);
                $unknowns?: Uint8Array[];
                maxBytes: Long;
                minAggregationK: number;
                static create(properties: datum.dataasset.v1.OutputPolicy.$Shape): datum.dataasset.v1.OutputPolicy & datum.dataasset.v1.OutputPolicy.$Shape;
                static create(properties?: datum.dataasset.v1.OutputPolicy.$Properties): datum.dataasset.v1.OutputPolicy;
                static encode(message: datum.dataasset.v1.OutputPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.OutputPolicy & datum.dataasset.v1.OutputPolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.OutputPolicy;
                static toObject(message: datum.dataasset.v1.OutputPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace OutputPolicy {
                interface $Properties {
                    maxBytes?: (Long|null);
                    minAggregationK?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.OutputPolicy.$Properties;
            }

            interface IComputePolicy extends datum.dataasset.v1.ComputePolicy.$Properties {
            }

            class ComputePolicy {
                constructor(properties?: datum.dataasset.v1.ComputePolicy.$Properties);
                $unknowns?: Uint8Array[];
                mechanisms: datum.dataasset.v1.Mechanism[];
                algorithmAllowlist: datum.dataasset.v1.Algorithm.$Properties[];
                trustedPublishers: string[];
                minExecutors: number;
                outputPolicy?: (datum.dataasset.v1.OutputPolicy.$Properties|null);
                static create(properties: datum.dataasset.v1.ComputePolicy.$Shape): datum.dataasset.v1.ComputePolicy & datum.dataasset.v1.ComputePolicy.$Shape;
                static create(properties?: datum.dataasset.v1.ComputePolicy.$Properties): datum.dataasset.v1.ComputePolicy;
                static encode(message: datum.dataasset.v1.ComputePolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.ComputePolicy & datum.dataasset.v1.ComputePolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.ComputePolicy;
                static toObject(message: datum.dataasset.v1.ComputePolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ComputePolicy {
                interface $Properties {
                    mechanisms?: (datum.dataasset.v1.Mechanism[]|null);
                    algorithmAllowlist?: (datum.dataasset.v1.Algorithm.$Properties[]|null);
                    trustedPublishers?: (string[]|null);
                    minExecutors?: (number|null);
                    outputPolicy?: (datum.dataasset.v1.OutputPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.ComputePolicy.$Properties;
            }

            interface IPrivacyPolicy extends datum.dataasset.v1.PrivacyPolicy.$Properties {
            }

            class PrivacyPolicy {
                constructor(properties?: datum.dataasset.v1.PrivacyPolicy.$Properties);
                $unknowns?: Uint8Array[];
                epsilonTotalMicro: Long;
                epsilonPerJobMaxMicro: Long;
                deltaNano: Long;
                static create(properties: datum.dataasset.v1.PrivacyPolicy.$Shape): datum.dataasset.v1.PrivacyPolicy & datum.dataasset.v1.PrivacyPolicy.$Shape;
                static create(properties?: datum.dataasset.v1.PrivacyPolicy.$Properties): datum.dataasset.v1.PrivacyPolicy;
                static encode(message: datum.dataasset.v1.PrivacyPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.PrivacyPolicy & datum.dataasset.v1.PrivacyPolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.PrivacyPolicy;
                static toObject(message: datum.dataasset.v1.PrivacyPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrivacyPolicy {
                interface $Properties {
                    epsilonTotalMicro?: (Long|null);
                    epsilonPerJobMaxMicro?: (Long|null);
                    deltaNano?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.PrivacyPolicy.$Properties;
            }

            interface IResidencyPolicy extends datum.dataasset.v1.ResidencyPolicy.$Properties {
            }

            class ResidencyPolicy {
                constructor(properties?: datum.dataasset.v1.ResidencyPolicy.$Properties);
                $unknowns?: Uint8Array[];
                allowedRegions: string[];
                requireAuditedRegion: boolean;
                static create(properties: datum.dataasset.v1.ResidencyPolicy.$Shape): datum.dataasset.v1.ResidencyPolicy & datum.dataasset.v1.ResidencyPolicy.$Shape;
                static create(properties?: datum.dataasset.v1.ResidencyPolicy.$Properties): datum.dataasset.v1.ResidencyPolicy;
                static encode(message: datum.dataasset.v1.ResidencyPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.ResidencyPolicy & datum.dataasset.v1.ResidencyPolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.ResidencyPolicy;
                static toObject(message: datum.dataasset.v1.ResidencyPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResidencyPolicy {
                interface $Properties {
                    allowedRegions?: (string[]|null);
                    requireAuditedRegion?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.ResidencyPolicy.$Properties;
            }

            interface IDataAsset extends datum.dataasset.v1.DataAsset.$Properties {
            }

            class DataAsset {
                constructor(properties?: datum.dataasset.v1.DataAsset.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                owner: string;
                version: number;
                state: datum.dataasset.v1.AssetState;
                contentHash: string;
                storage?: (datum.dataasset.v1.Storage.$Properties|null);
                metadata?: (datum.dataasset.v1.Metadata.$Properties|null);
                licenseTermsId: string;
                contributors: datum.dataasset.v1.Contributor.$Properties[];
                computePolicy?: (datum.dataasset.v1.ComputePolicy.$Properties|null);
                privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                residencyPolicy?: (datum.dataasset.v1.ResidencyPolicy.$Properties|null);
                transferable: boolean;
                supersededBy: string;
                createdHeight: Long;
                createdAt: Long;
                updatedAt: Long;
                dataFault?: (datum.dataasset.v1.DataFault.$Properties|null);
                static create(properties: datum.dataasset.v1.DataAsset.$Shape): datum.dataasset.v1.DataAsset & datum.dataasset.v1.DataAsset.$Shape;
                static create(properties?: datum.dataasset.v1.DataAsset.$Properties): datum.dataasset.v1.DataAsset;
                static encode(message: datum.dataasset.v1.DataAsset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.DataAsset & datum.dataasset.v1.DataAsset.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.DataAsset;
                static toObject(message: datum.dataasset.v1.DataAsset, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DataAsset {
                interface $Properties {
                    id?: (string|null);
                    owner?: (string|null);
                    version?: (number|null);
                    state?: (datum.dataasset.v1.AssetState|null);
                    contentHash?: (string|null);
                    storage?: (datum.dataasset.v1.Storage.$Properties|null);
                    metadata?: (datum.dataasset.v1.Metadata.$Properties|null);
                    licenseTermsId?: (string|null);
                    contributors?: (datum.dataasset.v1.Contributor.$Properties[]|null);
                    computePolicy?: (datum.dataasset.v1.ComputePolicy.$Properties|null);
                    privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                    residencyPolicy?: (datum.dataasset.v1.ResidencyPolicy.$Properties|null);
                    transferable?: (boolean|null);
                    supersededBy?: (string|null);
                    createdHeight?: (Long|null);
                    createdAt?: (Long|null);
                    updatedAt?: (Long|null);
                    dataFault?: (datum.dataasset.v1.DataFault.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.DataAsset.$Properties;
            }

            interface IDataFault extends datum.dataasset.v1.DataFault.$Properties {
            }

            class DataFault {
                constructor(properties?: datum.dataasset.v1.DataFault.$Properties);
                $unknowns?: Uint8Array[];
                version: number;
                contentHash: string;
                jobId: Long;
                reason: string;
                at: Long;
                static create(properties: datum.dataasset.v1.DataFault.$Shape): datum.dataasset.v1.DataFault & datum.dataasset.v1.DataFault.$Shape;
                static create(properties?: datum.dataasset.v1.DataFault.$Properties): datum.dataasset.v1.DataFault;
                static encode(message: datum.dataasset.v1.DataFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.DataFault & datum.dataasset.v1.DataFault.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.DataFault;
                static toObject(message: datum.dataasset.v1.DataFault, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DataFault {
                interface $Properties {
                    version?: (number|null);
                    contentHash?: (string|null);
                    jobId?: (Long|null);
                    reason?: (string|null);
                    at?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.DataFault.$Properties;
            }

            interface ILicenseTerms extends datum.dataasset.v1.LicenseTerms.$Properties {
            }

            class LicenseTerms {
                constructor(properties?: datum.dataasset.v1.LicenseTerms.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                purposes: datum.dataasset.v1.Purpose[];
                commercialUse: boolean;
                derivativesAllowed: boolean;
                attributionRequired: boolean;
                outputOwnership: datum.dataasset.v1.OutputOwnership;
                legalTextUri: string;
                legalTextHash: string;
                jurisdictions: string[];
                static create(properties: datum.dataasset.v1.LicenseTerms.$Shape): datum.dataasset.v1.LicenseTerms & datum.dataasset.v1.LicenseTerms.$Shape;
                static create(properties?: datum.dataasset.v1.LicenseTerms.$Properties): datum.dataasset.v1.LicenseTerms;
                static encode(message: datum.dataasset.v1.LicenseTerms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.LicenseTerms & datum.dataasset.v1.LicenseTerms.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.LicenseTerms;
                static toObject(message: datum.dataasset.v1.LicenseTerms, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace LicenseTerms {
                interface $Properties {
                    id?: (string|null);
                    purposes?: (datum.dataasset.v1.Purpose[]|null);
                    commercialUse?: (boolean|null);
                    derivativesAllowed?: (boolean|null);
                    attributionRequired?: (boolean|null);
                    outputOwnership?: (datum.dataasset.v1.OutputOwnership|null);
                    legalTextUri?: (string|null);
                    legalTextHash?: (string|null);
                    jurisdictions?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.LicenseTerms.$Properties;
            }

            interface IPrivacyBudget extends datum.dataasset.v1.PrivacyBudget.$Properties {
            }

            class PrivacyBudget {
                constructor(properties?: datum.dataasset.v1.PrivacyBudget.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                version: number;
                totalMicro: Long;
                reservedMicro: Long;
                spentMicro: Long;
                static create(properties: datum.dataasset.v1.PrivacyBudget.$Shape): datum.dataasset.v1.PrivacyBudget & datum.dataasset.v1.PrivacyBudget.$Shape;
                static create(properties?: datum.dataasset.v1.PrivacyBudget.$Properties): datum.dataasset.v1.PrivacyBudget;
                static encode(message: datum.dataasset.v1.PrivacyBudget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.PrivacyBudget & datum.dataasset.v1.PrivacyBudget.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.PrivacyBudget;
                static toObject(message: datum.dataasset.v1.PrivacyBudget, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PrivacyBudget {
                interface $Properties {
                    assetId?: (string|null);
                    version?: (number|null);
                    totalMicro?: (Long|null);
                    reservedMicro?: (Long|null);
                    spentMicro?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.PrivacyBudget.$Properties;
            }

            interface IUsageRecord extends datum.dataasset.v1.UsageRecord.$Properties {
            }

            class UsageRecord {
                constructor(properties?: datum.dataasset.v1.UsageRecord.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                sequence: Long;
                assetVersion: number;
                jobId: string;
                rightId: string;
                requester: string;
                codeHash: string;
                mechanism: datum.dataasset.v1.Mechanism;
                epsilonMicro: Long;
                executors: string[];
                resultDigest: string;
                feePaid: cosmos.base.v1beta1.Coin.$Properties[];
                height: Long;
                static create(properties: datum.dataasset.v1.UsageRecord.$Shape): datum.dataasset.v1.UsageRecord & datum.dataasset.v1.UsageRecord.$Shape;
                static create(properties?: datum.dataasset.v1.UsageRecord.$Properties): datum.dataasset.v1.UsageRecord;
                static encode(message: datum.dataasset.v1.UsageRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.UsageRecord & datum.dataasset.v1.UsageRecord.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.UsageRecord;
                static toObject(message: datum.dataasset.v1.UsageRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace UsageRecord {
                interface $Properties {
                    assetId?: (string|null);
                    sequence?: (Long|null);
                    assetVersion?: (number|null);
                    jobId?: (string|null);
                    rightId?: (string|null);
                    requester?: (string|null);
                    codeHash?: (string|null);
                    mechanism?: (datum.dataasset.v1.Mechanism|null);
                    epsilonMicro?: (Long|null);
                    executors?: (string[]|null);
                    resultDigest?: (string|null);
                    feePaid?: (cosmos.base.v1beta1.Coin.$Properties[]|null);
                    height?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.UsageRecord.$Properties;
            }

            interface IParams extends datum.dataasset.v1.Params.$Properties {
            }

            class Params {
                constructor(properties?: datum.dataasset.v1.Params.$Properties);
                $unknowns?: Uint8Array[];
                maxContributors: number;
                maxAllowlistEntries: number;
                maxRegions: number;
                maxTags: number;
                static create(properties: datum.dataasset.v1.Params.$Shape): datum.dataasset.v1.Params & datum.dataasset.v1.Params.$Shape;
                static create(properties?: datum.dataasset.v1.Params.$Properties): datum.dataasset.v1.Params;
                static encode(message: datum.dataasset.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.Params & datum.dataasset.v1.Params.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.Params;
                static toObject(message: datum.dataasset.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {
                interface $Properties {
                    maxContributors?: (number|null);
                    maxAllowlistEntries?: (number|null);
                    maxRegions?: (number|null);
                    maxTags?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.Params.$Properties;
            }

            interface IGenesisState extends datum.dataasset.v1.GenesisState.$Properties {
            }

            class GenesisState {
                constructor(properties?: datum.dataasset.v1.GenesisState.$Properties);
                $unknowns?: Uint8Array[];
                params?: (datum.dataasset.v1.Params.$Properties|null);
                licenseTerms: datum.dataasset.v1.LicenseTerms.$Properties[];
                assets: datum.dataasset.v1.DataAsset.$Properties[];
                budgets: datum.dataasset.v1.PrivacyBudget.$Properties[];
                usageRecords: datum.dataasset.v1.UsageRecord.$Properties[];
                assetSequence: Long;
                usedContentHashes: string[];
                static create(properties: datum.dataasset.v1.GenesisState.$Shape): datum.dataasset.v1.GenesisState & datum.dataasset.v1.GenesisState.$Shape;
                static create(properties?: datum.dataasset.v1.GenesisState.$Properties): datum.dataasset.v1.GenesisState;
                static encode(message: datum.dataasset.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.GenesisState & datum.dataasset.v1.GenesisState.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.GenesisState;
                static toObject(message: datum.dataasset.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {
                interface $Properties {
                    params?: (datum.dataasset.v1.Params.$Properties|null);
                    licenseTerms?: (datum.dataasset.v1.LicenseTerms.$Properties[]|null);
                    assets?: (datum.dataasset.v1.DataAsset.$Properties[]|null);
                    budgets?: (datum.dataasset.v1.PrivacyBudget.$Properties[]|null);
                    usageRecords?: (datum.dataasset.v1.UsageRecord.$Properties[]|null);
                    assetSequence?: (Long|null);
                    usedContentHashes?: (string[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.GenesisState.$Properties;
            }

            interface IQueryAssetRequest extends datum.dataasset.v1.QueryAssetRequest.$Properties {
            }

            class QueryAssetRequest {
                constructor(properties?: datum.dataasset.v1.QueryAssetRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: datum.dataasset.v1.QueryAssetRequest.$Shape): datum.dataasset.v1.QueryAssetRequest & datum.dataasset.v1.QueryAssetRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetRequest.$Properties): datum.dataasset.v1.QueryAssetRequest;
                static encode(message: datum.dataasset.v1.QueryAssetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetRequest & datum.dataasset.v1.QueryAssetRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetRequest;
                static toObject(message: datum.dataasset.v1.QueryAssetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetRequest.$Properties;
            }

            interface IQueryAssetResponse extends datum.dataasset.v1.QueryAssetResponse.$Properties {
            }

            class QueryAssetResponse {
                constructor(properties?: datum.dataasset.v1.QueryAssetResponse.$Properties);
                $unknowns?: Uint8Array[];
                asset?: (datum.dataasset.v1.DataAsset.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryAssetResponse.$Shape): datum.dataasset.v1.QueryAssetResponse & datum.dataasset.v1.QueryAssetResponse.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetResponse.$Properties): datum.dataasset.v1.QueryAssetResponse;
                static encode(message: datum.dataasset.v1.QueryAssetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetResponse & datum.dataasset.v1.QueryAssetResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetResponse;
                static toObject(message: datum.dataasset.v1.QueryAssetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetResponse {
                interface $Properties {
                    asset?: (datum.dataasset.v1.DataAsset.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetResponse.$Properties;
            }

            interface IQueryAssetsByOwnerRequest extends datum.dataasset.v1.QueryAssetsByOwnerRequest.$Properties {
            }

            class QueryAssetsByOwnerRequest {
                constructor(properties?: datum.dataasset.v1.QueryAssetsByOwnerRequest.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryAssetsByOwnerRequest.$Shape): datum.dataasset.v1.QueryAssetsByOwnerRequest & datum.dataasset.v1.QueryAssetsByOwnerRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetsByOwnerRequest.$Properties): datum.dataasset.v1.QueryAssetsByOwnerRequest;
                static encode(message: datum.dataasset.v1.QueryAssetsByOwnerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetsByOwnerRequest & datum.dataasset.v1.QueryAssetsByOwnerRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetsByOwnerRequest;
                static toObject(message: datum.dataasset.v1.QueryAssetsByOwnerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetsByOwnerRequest {
                interface $Properties {
                    owner?: (string|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetsByOwnerRequest.$Properties;
            }

            interface IQueryAssetsByStateRequest extends datum.dataasset.v1.QueryAssetsByStateRequest.$Properties {
            }

            class QueryAssetsByStateRequest {
                constructor(properties?: datum.dataasset.v1.QueryAssetsByStateRequest.$Properties);
                $unknowns?: Uint8Array[];
                state: datum.dataasset.v1.AssetState;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryAssetsByStateRequest.$Shape): datum.dataasset.v1.QueryAssetsByStateRequest & datum.dataasset.v1.QueryAssetsByStateRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetsByStateRequest.$Properties): datum.dataasset.v1.QueryAssetsByStateRequest;
                static encode(message: datum.dataasset.v1.QueryAssetsByStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetsByStateRequest & datum.dataasset.v1.QueryAssetsByStateRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetsByStateRequest;
                static toObject(message: datum.dataasset.v1.QueryAssetsByStateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetsByStateRequest {
                interface $Properties {
                    state?: (datum.dataasset.v1.AssetState|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetsByStateRequest.$Properties;
            }

            interface IQueryAssetsByTagRequest extends datum.dataasset.v1.QueryAssetsByTagRequest.$Properties {
            }

            class QueryAssetsByTagRequest {
                constructor(properties?: datum.dataasset.v1.QueryAssetsByTagRequest.$Properties);
                $unknowns?: Uint8Array[];
                tag: string;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryAssetsByTagRequest.$Shape): datum.dataasset.v1.QueryAssetsByTagRequest & datum.dataasset.v1.QueryAssetsByTagRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetsByTagRequest.$Properties): datum.dataasset.v1.QueryAssetsByTagRequest;
                static encode(message: datum.dataasset.v1.QueryAssetsByTagRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetsByTagRequest & datum.dataasset.v1.QueryAssetsByTagRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetsByTagRequest;
                static toObject(message: datum.dataasset.v1.QueryAssetsByTagRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetsByTagRequest {
                interface $Properties {
                    tag?: (string|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetsByTagRequest.$Properties;
            }

            interface IQueryAssetsResponse extends datum.dataasset.v1.QueryAssetsResponse.$Properties {
            }

            class QueryAssetsResponse {
                constructor(properties?: datum.dataasset.v1.QueryAssetsResponse.$Properties);
                $unknowns?: Uint8Array[];
                assets: datum.dataasset.v1.DataAsset.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryAssetsResponse.$Shape): datum.dataasset.v1.QueryAssetsResponse & datum.dataasset.v1.QueryAssetsResponse.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetsResponse.$Properties): datum.dataasset.v1.QueryAssetsResponse;
                static encode(message: datum.dataasset.v1.QueryAssetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetsResponse & datum.dataasset.v1.QueryAssetsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetsResponse;
                static toObject(message: datum.dataasset.v1.QueryAssetsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetsResponse {
                interface $Properties {
                    assets?: (datum.dataasset.v1.DataAsset.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetsResponse.$Properties;
            }

            interface IQueryAssetByContentHashRequest extends datum.dataasset.v1.QueryAssetByContentHashRequest.$Properties {
            }

            class QueryAssetByContentHashRequest {
                constructor(properties?: datum.dataasset.v1.QueryAssetByContentHashRequest.$Properties);
                $unknowns?: Uint8Array[];
                contentHash: string;
                static create(properties: datum.dataasset.v1.QueryAssetByContentHashRequest.$Shape): datum.dataasset.v1.QueryAssetByContentHashRequest & datum.dataasset.v1.QueryAssetByContentHashRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryAssetByContentHashRequest.$Properties): datum.dataasset.v1.QueryAssetByContentHashRequest;
                static encode(message: datum.dataasset.v1.QueryAssetByContentHashRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryAssetByContentHashRequest & datum.dataasset.v1.QueryAssetByContentHashRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryAssetByContentHashRequest;
                static toObject(message: datum.dataasset.v1.QueryAssetByContentHashRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryAssetByContentHashRequest {
                interface $Properties {
                    contentHash?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryAssetByContentHashRequest.$Properties;
            }

            interface IQueryLicenseTermsRequest extends datum.dataasset.v1.QueryLicenseTermsRequest.$Properties {
            }

            class QueryLicenseTermsRequest {
                constructor(properties?: datum.dataasset.v1.QueryLicenseTermsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: datum.dataasset.v1.QueryLicenseTermsRequest.$Shape): datum.dataasset.v1.QueryLicenseTermsRequest & datum.dataasset.v1.QueryLicenseTermsRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryLicenseTermsRequest.$Properties): datum.dataasset.v1.QueryLicenseTermsRequest;
                static encode(message: datum.dataasset.v1.QueryLicenseTermsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryLicenseTermsRequest & datum.dataasset.v1.QueryLicenseTermsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryLicenseTermsRequest;
                static toObject(message: datum.dataasset.v1.QueryLicenseTermsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryLicenseTermsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryLicenseTermsRequest.$Properties;
            }

            interface IQueryLicenseTermsResponse extends datum.dataasset.v1.QueryLicenseTermsResponse.$Properties {
            }

            class QueryLicenseTermsResponse {
                constructor(properties?: datum.dataasset.v1.QueryLicenseTermsResponse.$Properties);
                $unknowns?: Uint8Array[];
                terms?: (datum.dataasset.v1.LicenseTerms.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryLicenseTermsResponse.$Shape): datum.dataasset.v1.QueryLicenseTermsResponse & datum.dataasset.v1.QueryLicenseTermsResponse.$Shape;
                static create(properties?: datum.dataasset.v1.QueryLicenseTermsResponse.$Properties): datum.dataasset.v1.QueryLicenseTermsResponse;
                static encode(message: datum.dataasset.v1.QueryLicenseTermsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryLicenseTermsResponse & datum.dataasset.v1.QueryLicenseTermsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryLicenseTermsResponse;
                static toObject(message: datum.dataasset.v1.QueryLicenseTermsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryLicenseTermsResponse {
                interface $Properties {
                    terms?: (datum.dataasset.v1.LicenseTerms.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryLicenseTermsResponse.$Properties;
            }

            interface IQueryPrivacyBudgetRequest extends datum.dataasset.v1.QueryPrivacyBudgetRequest.$Properties {
            }

            class QueryPrivacyBudgetRequest {
                constructor(properties?: datum.dataasset.v1.QueryPrivacyBudgetRequest.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                version: number;
                static create(properties: datum.dataasset.v1.QueryPrivacyBudgetRequest.$Shape): datum.dataasset.v1.QueryPrivacyBudgetRequest & datum.dataasset.v1.QueryPrivacyBudgetRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryPrivacyBudgetRequest.$Properties): datum.dataasset.v1.QueryPrivacyBudgetRequest;
                static encode(message: datum.dataasset.v1.QueryPrivacyBudgetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryPrivacyBudgetRequest & datum.dataasset.v1.QueryPrivacyBudgetRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryPrivacyBudgetRequest;
                static toObject(message: datum.dataasset.v1.QueryPrivacyBudgetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrivacyBudgetRequest {
                interface $Properties {
                    assetId?: (string|null);
                    version?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryPrivacyBudgetRequest.$Properties;
            }

            interface IQueryPrivacyBudgetResponse extends datum.dataasset.v1.QueryPrivacyBudgetResponse.$Properties {
            }

            class QueryPrivacyBudgetResponse {
                constructor(properties?: datum.dataasset.v1.QueryPrivacyBudgetResponse.$Properties);
                $unknowns?: Uint8Array[];
                budget?: (datum.dataasset.v1.PrivacyBudget.$Properties|null);
                remainingMicro: Long;
                static create(properties: datum.dataasset.v1.QueryPrivacyBudgetResponse.$Shape): datum.dataasset.v1.QueryPrivacyBudgetResponse & datum.dataasset.v1.QueryPrivacyBudgetResponse.$Shape;
                static create(properties?: datum.dataasset.v1.QueryPrivacyBudgetResponse.$Properties): datum.dataasset.v1.QueryPrivacyBudgetResponse;
                static encode(message: datum.dataasset.v1.QueryPrivacyBudgetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryPrivacyBudgetResponse & datum.dataasset.v1.QueryPrivacyBudgetResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryPrivacyBudgetResponse;
                static toObject(message: datum.dataasset.v1.QueryPrivacyBudgetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryPrivacyBudgetResponse {
                interface $Properties {
                    budget?: (datum.dataasset.v1.PrivacyBudget.$Properties|null);
                    remainingMicro?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryPrivacyBudgetResponse.$Properties;
            }

            interface IQueryUsageLedgerRequest extends datum.dataasset.v1.QueryUsageLedgerRequest.$Properties {
            }

            class QueryUsageLedgerRequest {
                constructor(properties?: datum.dataasset.v1.QueryUsageLedgerRequest.$Properties);
                $unknowns?: Uint8Array[];
                assetId: string;
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryUsageLedgerRequest.$Shape): datum.dataasset.v1.QueryUsageLedgerRequest & datum.dataasset.v1.QueryUsageLedgerRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryUsageLedgerRequest.$Properties): datum.dataasset.v1.QueryUsageLedgerRequest;
                static encode(message: datum.dataasset.v1.QueryUsageLedgerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryUsageLedgerRequest & datum.dataasset.v1.QueryUsageLedgerRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryUsageLedgerRequest;
                static toObject(message: datum.dataasset.v1.QueryUsageLedgerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryUsageLedgerRequest {
                interface $Properties {
                    assetId?: (string|null);
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryUsageLedgerRequest.$Properties;
            }

            interface IQueryUsageLedgerResponse extends datum.dataasset.v1.QueryUsageLedgerResponse.$Properties {
            }

            class QueryUsageLedgerResponse {
                constructor(properties?: datum.dataasset.v1.QueryUsageLedgerResponse.$Properties);
                $unknowns?: Uint8Array[];
                records: datum.dataasset.v1.UsageRecord.$Properties[];
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryUsageLedgerResponse.$Shape): datum.dataasset.v1.QueryUsageLedgerResponse & datum.dataasset.v1.QueryUsageLedgerResponse.$Shape;
                static create(properties?: datum.dataasset.v1.QueryUsageLedgerResponse.$Properties): datum.dataasset.v1.QueryUsageLedgerResponse;
                static encode(message: datum.dataasset.v1.QueryUsageLedgerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryUsageLedgerResponse & datum.dataasset.v1.QueryUsageLedgerResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryUsageLedgerResponse;
                static toObject(message: datum.dataasset.v1.QueryUsageLedgerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryUsageLedgerResponse {
                interface $Properties {
                    records?: (datum.dataasset.v1.UsageRecord.$Properties[]|null);
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryUsageLedgerResponse.$Properties;
            }

            interface IQueryParamsRequest extends datum.dataasset.v1.QueryParamsRequest.$Properties {
            }

            class QueryParamsRequest {
                constructor(properties?: datum.dataasset.v1.QueryParamsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.QueryParamsRequest.$Shape): datum.dataasset.v1.QueryParamsRequest & datum.dataasset.v1.QueryParamsRequest.$Shape;
                static create(properties?: datum.dataasset.v1.QueryParamsRequest.$Properties): datum.dataasset.v1.QueryParamsRequest;
                static encode(message: datum.dataasset.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryParamsRequest & datum.dataasset.v1.QueryParamsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryParamsRequest;
                static toObject(message: datum.dataasset.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryParamsRequest.$Properties;
            }

            interface IQueryParamsResponse extends datum.dataasset.v1.QueryParamsResponse.$Properties {
            }

            class QueryParamsResponse {
                constructor(properties?: datum.dataasset.v1.QueryParamsResponse.$Properties);
                $unknowns?: Uint8Array[];
                params?: (datum.dataasset.v1.Params.$Properties|null);
                static create(properties: datum.dataasset.v1.QueryParamsResponse.$Shape): datum.dataasset.v1.QueryParamsResponse & datum.dataasset.v1.QueryParamsResponse.$Shape;
                static create(properties?: datum.dataasset.v1.QueryParamsResponse.$Properties): datum.dataasset.v1.QueryParamsResponse;
                static encode(message: datum.dataasset.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.QueryParamsResponse & datum.dataasset.v1.QueryParamsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.QueryParamsResponse;
                static toObject(message: datum.dataasset.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {
                interface $Properties {
                    params?: (datum.dataasset.v1.Params.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.QueryParamsResponse.$Properties;
            }

            interface IMsgRegisterLicenseTerms extends datum.dataasset.v1.MsgRegisterLicenseTerms.$Properties {
            }

            class MsgRegisterLicenseTerms {
                constructor(properties?: datum.dataasset.v1.MsgRegisterLicenseTerms.$Properties);
                $unknowns?: Uint8Array[];
                creator: string;
                terms?: (datum.dataasset.v1.LicenseTerms.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgRegisterLicenseTerms.$Shape): datum.dataasset.v1.MsgRegisterLicenseTerms & datum.dataasset.v1.MsgRegisterLicenseTerms.$Shape;
                static create(properties?: datum.dataasset.v1.MsgRegisterLicenseTerms.$Properties): datum.dataasset.v1.MsgRegisterLicenseTerms;
                static encode(message: datum.dataasset.v1.MsgRegisterLicenseTerms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgRegisterLicenseTerms & datum.dataasset.v1.MsgRegisterLicenseTerms.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgRegisterLicenseTerms;
                static toObject(message: datum.dataasset.v1.MsgRegisterLicenseTerms, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterLicenseTerms {
                interface $Properties {
                    creator?: (string|null);
                    terms?: (datum.dataasset.v1.LicenseTerms.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgRegisterLicenseTerms.$Properties;
            }

            interface IMsgRegisterLicenseTermsResponse extends datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Properties {
            }

            class MsgRegisterLicenseTermsResponse {
                constructor(properties?: datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                created: boolean;
                static create(properties: datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Shape): datum.dataasset.v1.MsgRegisterLicenseTermsResponse & datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Properties): datum.dataasset.v1.MsgRegisterLicenseTermsResponse;
                static encode(message: datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgRegisterLicenseTermsResponse & datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgRegisterLicenseTermsResponse;
                static toObject(message: datum.dataasset.v1.MsgRegisterLicenseTermsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterLicenseTermsResponse {
                interface $Properties {
                    id?: (string|null);
                    created?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgRegisterLicenseTermsResponse.$Properties;
            }

            interface IMsgRegisterAsset extends datum.dataasset.v1.MsgRegisterAsset.$Properties {
            }

            class MsgRegisterAsset {
                constructor(properties?: datum.dataasset.v1.MsgRegisterAsset.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                contentHash: string;
                storage?: (datum.dataasset.v1.Storage.$Properties|null);
                metadata?: (datum.dataasset.v1.Metadata.$Properties|null);
                licenseTermsId: string;
                contributors: datum.dataasset.v1.Contributor.$Properties[];
                computePolicy?: (datum.dataasset.v1.ComputePolicy.$Properties|null);
                privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                residencyPolicy?: (datum.dataasset.v1.ResidencyPolicy.$Properties|null);
                transferable: boolean;
                static create(properties: datum.dataasset.v1.MsgRegisterAsset.$Shape): datum.dataasset.v1.MsgRegisterAsset & datum.dataasset.v1.MsgRegisterAsset.$Shape;
                static create(properties?: datum.dataasset.v1.MsgRegisterAsset.$Properties): datum.dataasset.v1.MsgRegisterAsset;
                static encode(message: datum.dataasset.v1.MsgRegisterAsset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgRegisterAsset & datum.dataasset.v1.MsgRegisterAsset.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgRegisterAsset;
                static toObject(message: datum.dataasset.v1.MsgRegisterAsset, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterAsset {
                interface $Properties {
                    owner?: (string|null);
                    contentHash?: (string|null);
                    storage?: (datum.dataasset.v1.Storage.$Properties|null);
                    metadata?: (datum.dataasset.v1.Metadata.$Properties|null);
                    licenseTermsId?: (string|null);
                    contributors?: (datum.dataasset.v1.Contributor.$Properties[]|null);
                    computePolicy?: (datum.dataasset.v1.ComputePolicy.$Properties|null);
                    privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                    residencyPolicy?: (datum.dataasset.v1.ResidencyPolicy.$Properties|null);
                    transferable?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgRegisterAsset.$Properties;
            }

            interface IMsgRegisterAssetResponse extends datum.dataasset.v1.MsgRegisterAssetResponse.$Properties {
            }

            class MsgRegisterAssetResponse {
                constructor(properties?: datum.dataasset.v1.MsgRegisterAssetResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: datum.dataasset.v1.MsgRegisterAssetResponse.$Shape): datum.dataasset.v1.MsgRegisterAssetResponse & datum.dataasset.v1.MsgRegisterAssetResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgRegisterAssetResponse.$Properties): datum.dataasset.v1.MsgRegisterAssetResponse;
                static encode(message: datum.dataasset.v1.MsgRegisterAssetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgRegisterAssetResponse & datum.dataasset.v1.MsgRegisterAssetResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgRegisterAssetResponse;
                static toObject(message: datum.dataasset.v1.MsgRegisterAssetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRegisterAssetResponse {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgRegisterAssetResponse.$Properties;
            }

            interface IMsgUpdateMetadata extends datum.dataasset.v1.MsgUpdateMetadata.$Properties {
            }

            class MsgUpdateMetadata {
                constructor(properties?: datum.dataasset.v1.MsgUpdateMetadata.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                metadata?: (datum.dataasset.v1.Metadata.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgUpdateMetadata.$Shape): datum.dataasset.v1.MsgUpdateMetadata & datum.dataasset.v1.MsgUpdateMetadata.$Shape;
                static create(properties?: datum.dataasset.v1.MsgUpdateMetadata.$Properties): datum.dataasset.v1.MsgUpdateMetadata;
                static encode(message: datum.dataasset.v1.MsgUpdateMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgUpdateMetadata & datum.dataasset.v1.MsgUpdateMetadata.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgUpdateMetadata;
                static toObject(message: datum.dataasset.v1.MsgUpdateMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateMetadata {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    metadata?: (datum.dataasset.v1.Metadata.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgUpdateMetadata.$Properties;
            }

            interface IMsgUpdateMetadataResponse extends datum.dataasset.v1.MsgUpdateMetadataResponse.$Properties {
            }

            class MsgUpdateMetadataResponse {
                constructor(properties?: datum.dataasset.v1.MsgUpdateMetadataResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgUpdateMetadataResponse.$Shape): datum.dataasset.v1.MsgUpdateMetadataResponse & datum.dataasset.v1.MsgUpdateMetadataResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgUpdateMetadataResponse.$Properties): datum.dataasset.v1.MsgUpdateMetadataResponse;
                static encode(message: datum.dataasset.v1.MsgUpdateMetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgUpdateMetadataResponse & datum.dataasset.v1.MsgUpdateMetadataResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgUpdateMetadataResponse;
                static toObject(message: datum.dataasset.v1.MsgUpdateMetadataResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateMetadataResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgUpdateMetadataResponse.$Properties;
            }

            interface IMsgPublishVersion extends datum.dataasset.v1.MsgPublishVersion.$Properties {
            }

            class MsgPublishVersion {
                constructor(properties?: datum.dataasset.v1.MsgPublishVersion.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                contentHash: string;
                storage?: (datum.dataasset.v1.Storage.$Properties|null);
                privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgPublishVersion.$Shape): datum.dataasset.v1.MsgPublishVersion & datum.dataasset.v1.MsgPublishVersion.$Shape;
                static create(properties?: datum.dataasset.v1.MsgPublishVersion.$Properties): datum.dataasset.v1.MsgPublishVersion;
                static encode(message: datum.dataasset.v1.MsgPublishVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgPublishVersion & datum.dataasset.v1.MsgPublishVersion.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgPublishVersion;
                static toObject(message: datum.dataasset.v1.MsgPublishVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPublishVersion {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    contentHash?: (string|null);
                    storage?: (datum.dataasset.v1.Storage.$Properties|null);
                    privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgPublishVersion.$Properties;
            }

            interface IMsgPublishVersionResponse extends datum.dataasset.v1.MsgPublishVersionResponse.$Properties {
            }

            class MsgPublishVersionResponse {
                constructor(properties?: datum.dataasset.v1.MsgPublishVersionResponse.$Properties);
                $unknowns?: Uint8Array[];
                version: number;
                static create(properties: datum.dataasset.v1.MsgPublishVersionResponse.$Shape): datum.dataasset.v1.MsgPublishVersionResponse & datum.dataasset.v1.MsgPublishVersionResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgPublishVersionResponse.$Properties): datum.dataasset.v1.MsgPublishVersionResponse;
                static encode(message: datum.dataasset.v1.MsgPublishVersionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgPublishVersionResponse & datum.dataasset.v1.MsgPublishVersionResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgPublishVersionResponse;
                static toObject(message: datum.dataasset.v1.MsgPublishVersionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPublishVersionResponse {
                interface $Properties {
                    version?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgPublishVersionResponse.$Properties;
            }

            interface IMsgSetAssetState extends datum.dataasset.v1.MsgSetAssetState.$Properties {
            }

            class MsgSetAssetState {
                constructor(properties?: datum.dataasset.v1.MsgSetAssetState.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                state: datum.dataasset.v1.AssetState;
                supersededBy: string;
                reason: string;
                static create(properties: datum.dataasset.v1.MsgSetAssetState.$Shape): datum.dataasset.v1.MsgSetAssetState & datum.dataasset.v1.MsgSetAssetState.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetAssetState.$Properties): datum.dataasset.v1.MsgSetAssetState;
                static encode(message: datum.dataasset.v1.MsgSetAssetState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetAssetState & datum.dataasset.v1.MsgSetAssetState.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetAssetState;
                static toObject(message: datum.dataasset.v1.MsgSetAssetState, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetAssetState {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    state?: (datum.dataasset.v1.AssetState|null);
                    supersededBy?: (string|null);
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetAssetState.$Properties;
            }

            interface IMsgSetAssetStateResponse extends datum.dataasset.v1.MsgSetAssetStateResponse.$Properties {
            }

            class MsgSetAssetStateResponse {
                constructor(properties?: datum.dataasset.v1.MsgSetAssetStateResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgSetAssetStateResponse.$Shape): datum.dataasset.v1.MsgSetAssetStateResponse & datum.dataasset.v1.MsgSetAssetStateResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetAssetStateResponse.$Properties): datum.dataasset.v1.MsgSetAssetStateResponse;
                static encode(message: datum.dataasset.v1.MsgSetAssetStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetAssetStateResponse & datum.dataasset.v1.MsgSetAssetStateResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetAssetStateResponse;
                static toObject(message: datum.dataasset.v1.MsgSetAssetStateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetAssetStateResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetAssetStateResponse.$Properties;
            }

            interface IMsgSetContributors extends datum.dataasset.v1.MsgSetContributors.$Properties {
            }

            class MsgSetContributors {
                constructor(properties?: datum.dataasset.v1.MsgSetContributors.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                contributors: datum.dataasset.v1.Contributor.$Properties[];
                static create(properties: datum.dataasset.v1.MsgSetContributors.$Shape): datum.dataasset.v1.MsgSetContributors & datum.dataasset.v1.MsgSetContributors.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetContributors.$Properties): datum.dataasset.v1.MsgSetContributors;
                static encode(message: datum.dataasset.v1.MsgSetContributors.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetContributors & datum.dataasset.v1.MsgSetContributors.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetContributors;
                static toObject(message: datum.dataasset.v1.MsgSetContributors, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetContributors {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    contributors?: (datum.dataasset.v1.Contributor.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetContributors.$Properties;
            }

            interface IMsgSetContributorsResponse extends datum.dataasset.v1.MsgSetContributorsResponse.$Properties {
            }

            class MsgSetContributorsResponse {
                constructor(properties?: datum.dataasset.v1.MsgSetContributorsResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgSetContributorsResponse.$Shape): datum.dataasset.v1.MsgSetContributorsResponse & datum.dataasset.v1.MsgSetContributorsResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetContributorsResponse.$Properties): datum.dataasset.v1.MsgSetContributorsResponse;
                static encode(message: datum.dataasset.v1.MsgSetContributorsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetContributorsResponse & datum.dataasset.v1.MsgSetContributorsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetContributorsResponse;
                static toObject(message: datum.dataasset.v1.MsgSetContributorsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetContributorsResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetContributorsResponse.$Properties;
            }

            interface IMsgAllowAlgorithm extends datum.dataasset.v1.MsgAllowAlgorithm.$Properties {
            }

            class MsgAllowAlgorithm {
                constructor(properties?: datum.dataasset.v1.MsgAllowAlgorithm.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                assetId: string;
                algorithm?: (datum.dataasset.v1.Algorithm.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgAllowAlgorithm.$Shape): datum.dataasset.v1.MsgAllowAlgorithm & datum.dataasset.v1.MsgAllowAlgorithm.$Shape;
                static create(properties?: datum.dataasset.v1.MsgAllowAlgorithm.$Properties): datum.dataasset.v1.MsgAllowAlgorithm;
                static encode(message: datum.dataasset.v1.MsgAllowAlgorithm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgAllowAlgorithm & datum.dataasset.v1.MsgAllowAlgorithm.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgAllowAlgorithm;
                static toObject(message: datum.dataasset.v1.MsgAllowAlgorithm, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAllowAlgorithm {
                interface $Properties {
                    sender?: (string|null);
                    assetId?: (string|null);
                    algorithm?: (datum.dataasset.v1.Algorithm.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgAllowAlgorithm.$Properties;
            }

            interface IMsgAllowAlgorithmResponse extends datum.dataasset.v1.MsgAllowAlgorithmResponse.$Properties {
            }

            class MsgAllowAlgorithmResponse {
                constructor(properties?: datum.dataasset.v1.MsgAllowAlgorithmResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgAllowAlgorithmResponse.$Shape): datum.dataasset.v1.MsgAllowAlgorithmResponse & datum.dataasset.v1.MsgAllowAlgorithmResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgAllowAlgorithmResponse.$Properties): datum.dataasset.v1.MsgAllowAlgorithmResponse;
                static encode(message: datum.dataasset.v1.MsgAllowAlgorithmResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgAllowAlgorithmResponse & datum.dataasset.v1.MsgAllowAlgorithmResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgAllowAlgorithmResponse;
                static toObject(message: datum.dataasset.v1.MsgAllowAlgorithmResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgAllowAlgorithmResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgAllowAlgorithmResponse.$Properties;
            }

            interface IMsgDisallowAlgorithm extends datum.dataasset.v1.MsgDisallowAlgorithm.$Properties {
            }

            class MsgDisallowAlgorithm {
                constructor(properties?: datum.dataasset.v1.MsgDisallowAlgorithm.$Properties);
                $unknowns?: Uint8Array[];
                sender: string;
                assetId: string;
                codeHash: string;
                imageDigest: string;
                static create(properties: datum.dataasset.v1.MsgDisallowAlgorithm.$Shape): datum.dataasset.v1.MsgDisallowAlgorithm & datum.dataasset.v1.MsgDisallowAlgorithm.$Shape;
                static create(properties?: datum.dataasset.v1.MsgDisallowAlgorithm.$Properties): datum.dataasset.v1.MsgDisallowAlgorithm;
                static encode(message: datum.dataasset.v1.MsgDisallowAlgorithm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgDisallowAlgorithm & datum.dataasset.v1.MsgDisallowAlgorithm.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgDisallowAlgorithm;
                static toObject(message: datum.dataasset.v1.MsgDisallowAlgorithm, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDisallowAlgorithm {
                interface $Properties {
                    sender?: (string|null);
                    assetId?: (string|null);
                    codeHash?: (string|null);
                    imageDigest?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgDisallowAlgorithm.$Properties;
            }

            interface IMsgDisallowAlgorithmResponse extends datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Properties {
            }

            class MsgDisallowAlgorithmResponse {
                constructor(properties?: datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Shape): datum.dataasset.v1.MsgDisallowAlgorithmResponse & datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Properties): datum.dataasset.v1.MsgDisallowAlgorithmResponse;
                static encode(message: datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgDisallowAlgorithmResponse & datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgDisallowAlgorithmResponse;
                static toObject(message: datum.dataasset.v1.MsgDisallowAlgorithmResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgDisallowAlgorithmResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgDisallowAlgorithmResponse.$Properties;
            }

            interface IMsgSetComputePolicy extends datum.dataasset.v1.MsgSetComputePolicy.$Properties {
            }

            class MsgSetComputePolicy {
                constructor(properties?: datum.dataasset.v1.MsgSetComputePolicy.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                computePolicy?: (datum.dataasset.v1.ComputePolicy.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgSetComputePolicy.$Shape): datum.dataasset.v1.MsgSetComputePolicy & datum.dataasset.v1.MsgSetComputePolicy.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetComputePolicy.$Properties): datum.dataasset.v1.MsgSetComputePolicy;
                static encode(message: datum.dataasset.v1.MsgSetComputePolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetComputePolicy & datum.dataasset.v1.MsgSetComputePolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetComputePolicy;
                static toObject(message: datum.dataasset.v1.MsgSetComputePolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetComputePolicy {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    computePolicy?: (datum.dataasset.v1.ComputePolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetComputePolicy.$Properties;
            }

            interface IMsgSetComputePolicyResponse extends datum.dataasset.v1.MsgSetComputePolicyResponse.$Properties {
            }

            class MsgSetComputePolicyResponse {
                constructor(properties?: datum.dataasset.v1.MsgSetComputePolicyResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgSetComputePolicyResponse.$Shape): datum.dataasset.v1.MsgSetComputePolicyResponse & datum.dataasset.v1.MsgSetComputePolicyResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetComputePolicyResponse.$Properties): datum.dataasset.v1.MsgSetComputePolicyResponse;
                static encode(message: datum.dataasset.v1.MsgSetComputePolicyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetComputePolicyResponse & datum.dataasset.v1.MsgSetComputePolicyResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetComputePolicyResponse;
                static toObject(message: datum.dataasset.v1.MsgSetComputePolicyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetComputePolicyResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetComputePolicyResponse.$Properties;
            }

            interface IMsgSetPrivacyPolicy extends datum.dataasset.v1.MsgSetPrivacyPolicy.$Properties {
            }

            class MsgSetPrivacyPolicy {
                constructor(properties?: datum.dataasset.v1.MsgSetPrivacyPolicy.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgSetPrivacyPolicy.$Shape): datum.dataasset.v1.MsgSetPrivacyPolicy & datum.dataasset.v1.MsgSetPrivacyPolicy.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetPrivacyPolicy.$Properties): datum.dataasset.v1.MsgSetPrivacyPolicy;
                static encode(message: datum.dataasset.v1.MsgSetPrivacyPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetPrivacyPolicy & datum.dataasset.v1.MsgSetPrivacyPolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetPrivacyPolicy;
                static toObject(message: datum.dataasset.v1.MsgSetPrivacyPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPrivacyPolicy {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    privacyPolicy?: (datum.dataasset.v1.PrivacyPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetPrivacyPolicy.$Properties;
            }

            interface IMsgSetPrivacyPolicyResponse extends datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Properties {
            }

            class MsgSetPrivacyPolicyResponse {
                constructor(properties?: datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Shape): datum.dataasset.v1.MsgSetPrivacyPolicyResponse & datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Properties): datum.dataasset.v1.MsgSetPrivacyPolicyResponse;
                static encode(message: datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetPrivacyPolicyResponse & datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetPrivacyPolicyResponse;
                static toObject(message: datum.dataasset.v1.MsgSetPrivacyPolicyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetPrivacyPolicyResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetPrivacyPolicyResponse.$Properties;
            }

            interface IMsgSetResidencyPolicy extends datum.dataasset.v1.MsgSetResidencyPolicy.$Properties {
            }

            class MsgSetResidencyPolicy {
                constructor(properties?: datum.dataasset.v1.MsgSetResidencyPolicy.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                residencyPolicy?: (datum.dataasset.v1.ResidencyPolicy.$Properties|null);
                static create(properties: datum.dataasset.v1.MsgSetResidencyPolicy.$Shape): datum.dataasset.v1.MsgSetResidencyPolicy & datum.dataasset.v1.MsgSetResidencyPolicy.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetResidencyPolicy.$Properties): datum.dataasset.v1.MsgSetResidencyPolicy;
                static encode(message: datum.dataasset.v1.MsgSetResidencyPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetResidencyPolicy & datum.dataasset.v1.MsgSetResidencyPolicy.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetResidencyPolicy;
                static toObject(message: datum.dataasset.v1.MsgSetResidencyPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetResidencyPolicy {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    residencyPolicy?: (datum.dataasset.v1.ResidencyPolicy.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetResidencyPolicy.$Properties;
            }

            interface IMsgSetResidencyPolicyResponse extends datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Properties {
            }

            class MsgSetResidencyPolicyResponse {
                constructor(properties?: datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Shape): datum.dataasset.v1.MsgSetResidencyPolicyResponse & datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Properties): datum.dataasset.v1.MsgSetResidencyPolicyResponse;
                static encode(message: datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgSetResidencyPolicyResponse & datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgSetResidencyPolicyResponse;
                static toObject(message: datum.dataasset.v1.MsgSetResidencyPolicyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSetResidencyPolicyResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgSetResidencyPolicyResponse.$Properties;
            }

            interface IMsgTransferAsset extends datum.dataasset.v1.MsgTransferAsset.$Properties {
            }

            class MsgTransferAsset {
                constructor(properties?: datum.dataasset.v1.MsgTransferAsset.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                recipient: string;
                static create(properties: datum.dataasset.v1.MsgTransferAsset.$Shape): datum.dataasset.v1.MsgTransferAsset & datum.dataasset.v1.MsgTransferAsset.$Shape;
                static create(properties?: datum.dataasset.v1.MsgTransferAsset.$Properties): datum.dataasset.v1.MsgTransferAsset;
                static encode(message: datum.dataasset.v1.MsgTransferAsset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgTransferAsset & datum.dataasset.v1.MsgTransferAsset.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgTransferAsset;
                static toObject(message: datum.dataasset.v1.MsgTransferAsset, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgTransferAsset {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    recipient?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgTransferAsset.$Properties;
            }

            interface IMsgTransferAssetResponse extends datum.dataasset.v1.MsgTransferAssetResponse.$Properties {
            }

            class MsgTransferAssetResponse {
                constructor(properties?: datum.dataasset.v1.MsgTransferAssetResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgTransferAssetResponse.$Shape): datum.dataasset.v1.MsgTransferAssetResponse & datum.dataasset.v1.MsgTransferAssetResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgTransferAssetResponse.$Properties): datum.dataasset.v1.MsgTransferAssetResponse;
                static encode(message: datum.dataasset.v1.MsgTransferAssetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgTransferAssetResponse & datum.dataasset.v1.MsgTransferAssetResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgTransferAssetResponse;
                static toObject(message: datum.dataasset.v1.MsgTransferAssetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgTransferAssetResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgTransferAssetResponse.$Properties;
            }

            interface IMsgBurnAsset extends datum.dataasset.v1.MsgBurnAsset.$Properties {
            }

            class MsgBurnAsset {
                constructor(properties?: datum.dataasset.v1.MsgBurnAsset.$Properties);
                $unknowns?: Uint8Array[];
                owner: string;
                assetId: string;
                static create(properties: datum.dataasset.v1.MsgBurnAsset.$Shape): datum.dataasset.v1.MsgBurnAsset & datum.dataasset.v1.MsgBurnAsset.$Shape;
                static create(properties?: datum.dataasset.v1.MsgBurnAsset.$Properties): datum.dataasset.v1.MsgBurnAsset;
                static encode(message: datum.dataasset.v1.MsgBurnAsset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgBurnAsset & datum.dataasset.v1.MsgBurnAsset.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgBurnAsset;
                static toObject(message: datum.dataasset.v1.MsgBurnAsset, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBurnAsset {
                interface $Properties {
                    owner?: (string|null);
                    assetId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgBurnAsset.$Properties;
            }

            interface IMsgBurnAssetResponse extends datum.dataasset.v1.MsgBurnAssetResponse.$Properties {
            }

            class MsgBurnAssetResponse {
                constructor(properties?: datum.dataasset.v1.MsgBurnAssetResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: datum.dataasset.v1.MsgBurnAssetResponse.$Shape): datum.dataasset.v1.MsgBurnAssetResponse & datum.dataasset.v1.MsgBurnAssetResponse.$Shape;
                static create(properties?: datum.dataasset.v1.MsgBurnAssetResponse.$Properties): datum.dataasset.v1.MsgBurnAssetResponse;
                static encode(message: datum.dataasset.v1.MsgBurnAssetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): datum.dataasset.v1.MsgBurnAssetResponse & datum.dataasset.v1.MsgBurnAssetResponse.$Shape;
                static fromObject(object: { [k: string]: any }): datum.dataasset.v1.MsgBurnAssetResponse;
                static toObject(message: datum.dataasset.v1.MsgBurnAssetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgBurnAssetResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = datum.dataasset.v1.MsgBurnAssetResponse.$Properties;
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
