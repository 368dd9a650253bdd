/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["datum_dataasset_v1"] || ($protobuf.roots["datum_dataasset_v1"] = {});

export const datum = $root.datum = (() => {

    const datum = {};

    datum.dataasset = (function() {

        const dataasset = {};

        dataasset.v1 = (function() {

            const v1 = {};

            v1.EventLicenseTermsRegistered = (function() {

                const EventLicenseTermsRegistered = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventLicenseTermsRegistered.prototype.id = "";

                EventLicenseTermsRegistered.prototype.creator = "";

                EventLicenseTermsRegistered.create = function(properties) {
                    return new EventLicenseTermsRegistered(properties);
                };

                EventLicenseTermsRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.creator != null && $Object.hasOwnProperty.call(message, "creator") && message.creator !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.creator);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventLicenseTermsRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventLicenseTermsRegistered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.creator = value;
                                else
                                    delete message.creator;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventLicenseTermsRegistered.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventLicenseTermsRegistered)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventLicenseTermsRegistered: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventLicenseTermsRegistered();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.creator != null)
                        if (typeof object.creator !== "string" || object.creator.length)
                            message.creator = $String(object.creator);
                    return message;
                };

                EventLicenseTermsRegistered.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.creator = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.creator != null && $Object.hasOwnProperty.call(message, "creator"))
                        object.creator = message.creator;
                    return object;
                };

                EventLicenseTermsRegistered.prototype.toJSON = function() {
                    return EventLicenseTermsRegistered.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventLicenseTermsRegistered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventLicenseTermsRegistered";
                };

                return EventLicenseTermsRegistered;
            })();

            v1.EventAssetRegistered = (function() {

                const EventAssetRegistered = function (properties) {
                    this.tags = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetRegistered.prototype.id = "";

                EventAssetRegistered.prototype.owner = "";

                EventAssetRegistered.prototype.contentHash = "";

                EventAssetRegistered.prototype.storageUri = "";

                EventAssetRegistered.prototype.metadataUri = "";

                EventAssetRegistered.prototype.metadataHash = "";

                EventAssetRegistered.prototype.licenseTermsId = "";

                EventAssetRegistered.prototype.tags = $util.emptyArray;

                EventAssetRegistered.create = function(properties) {
                    return new EventAssetRegistered(properties);
                };

                EventAssetRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentHash);
                    if (message.storageUri != null && $Object.hasOwnProperty.call(message, "storageUri") && message.storageUri !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.storageUri);
                    if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri") && message.metadataUri !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.metadataUri);
                    if (message.metadataHash != null && $Object.hasOwnProperty.call(message, "metadataHash") && message.metadataHash !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.metadataHash);
                    if (message.licenseTermsId != null && $Object.hasOwnProperty.call(message, "licenseTermsId") && message.licenseTermsId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.licenseTermsId);
                    if (message.tags != null && message.tags.length)
                        for (let i = 0; i < message.tags.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.tags[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetRegistered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.storageUri = value;
                                else
                                    delete message.storageUri;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.metadataUri = value;
                                else
                                    delete message.metadataUri;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.metadataHash = value;
                                else
                                    delete message.metadataHash;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.licenseTermsId = value;
                                else
                                    delete message.licenseTermsId;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tags && message.tags.length))
                                    message.tags = [];
                                message.tags.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetRegistered.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetRegistered)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetRegistered: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetRegistered();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    if (object.storageUri != null)
                        if (typeof object.storageUri !== "string" || object.storageUri.length)
                            message.storageUri = $String(object.storageUri);
                    if (object.metadataUri != null)
                        if (typeof object.metadataUri !== "string" || object.metadataUri.length)
                            message.metadataUri = $String(object.metadataUri);
                    if (object.metadataHash != null)
                        if (typeof object.metadataHash !== "string" || object.metadataHash.length)
                            message.metadataHash = $String(object.metadataHash);
                    if (object.licenseTermsId != null)
                        if (typeof object.licenseTermsId !== "string" || object.licenseTermsId.length)
                            message.licenseTermsId = $String(object.licenseTermsId);
                    if (object.tags) {
                        if (!$Array.isArray(object.tags))
                            throw $TypeError(".datum.dataasset.v1.EventAssetRegistered.tags: array expected");
                        message.tags = $Array(object.tags.length);
                        for (let i = 0; i < object.tags.length; ++i)
                            message.tags[i] = $String(object.tags[i]);
                    }
                    return message;
                };

                EventAssetRegistered.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tags = [];
                    if (options.defaults) {
                        object.id = "";
                        object.owner = "";
                        object.contentHash = "";
                        object.storageUri = "";
                        object.metadataUri = "";
                        object.metadataHash = "";
                        object.licenseTermsId = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    if (message.storageUri != null && $Object.hasOwnProperty.call(message, "storageUri"))
                        object.storageUri = message.storageUri;
                    if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri"))
                        object.metadataUri = message.metadataUri;
                    if (message.metadataHash != null && $Object.hasOwnProperty.call(message, "metadataHash"))
                        object.metadataHash = message.metadataHash;
                    if (message.licenseTermsId != null && $Object.hasOwnProperty.call(message, "licenseTermsId"))
                        object.licenseTermsId = message.licenseTermsId;
                    if (message.tags && message.tags.length) {
                        object.tags = $Array(message.tags.length);
                        for (let j = 0; j < message.tags.length; ++j)
                            object.tags[j] = message.tags[j];
                    }
                    return object;
                };

                EventAssetRegistered.prototype.toJSON = function() {
                    return EventAssetRegistered.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetRegistered.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetRegistered";
                };

                return EventAssetRegistered;
            })();

            v1.EventAssetMetadataUpdated = (function() {

                const EventAssetMetadataUpdated = function (properties) {
                    this.tags = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetMetadataUpdated.prototype.id = "";

                EventAssetMetadataUpdated.prototype.metadataUri = "";

                EventAssetMetadataUpdated.prototype.metadataHash = "";

                EventAssetMetadataUpdated.prototype.tags = $util.emptyArray;

                EventAssetMetadataUpdated.create = function(properties) {
                    return new EventAssetMetadataUpdated(properties);
                };

                EventAssetMetadataUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri") && message.metadataUri !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.metadataUri);
                    if (message.metadataHash != null && $Object.hasOwnProperty.call(message, "metadataHash") && message.metadataHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.metadataHash);
                    if (message.tags != null && message.tags.length)
                        for (let i = 0; i < message.tags.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.tags[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetMetadataUpdated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetMetadataUpdated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.metadataUri = value;
                                else
                                    delete message.metadataUri;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.metadataHash = value;
                                else
                                    delete message.metadataHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tags && message.tags.length))
                                    message.tags = [];
                                message.tags.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetMetadataUpdated.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetMetadataUpdated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetMetadataUpdated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetMetadataUpdated();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.metadataUri != null)
                        if (typeof object.metadataUri !== "string" || object.metadataUri.length)
                            message.metadataUri = $String(object.metadataUri);
                    if (object.metadataHash != null)
                        if (typeof object.metadataHash !== "string" || object.metadataHash.length)
                            message.metadataHash = $String(object.metadataHash);
                    if (object.tags) {
                        if (!$Array.isArray(object.tags))
                            throw $TypeError(".datum.dataasset.v1.EventAssetMetadataUpdated.tags: array expected");
                        message.tags = $Array(object.tags.length);
                        for (let i = 0; i < object.tags.length; ++i)
                            message.tags[i] = $String(object.tags[i]);
                    }
                    return message;
                };

                EventAssetMetadataUpdated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tags = [];
                    if (options.defaults) {
                        object.id = "";
                        object.metadataUri = "";
                        object.metadataHash = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri"))
                        object.metadataUri = message.metadataUri;
                    if (message.metadataHash != null && $Object.hasOwnProperty.call(message, "metadataHash"))
                        object.metadataHash = message.metadataHash;
                    if (message.tags && message.tags.length) {
                        object.tags = $Array(message.tags.length);
                        for (let j = 0; j < message.tags.length; ++j)
                            object.tags[j] = message.tags[j];
                    }
                    return object;
                };

                EventAssetMetadataUpdated.prototype.toJSON = function() {
                    return EventAssetMetadataUpdated.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetMetadataUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetMetadataUpdated";
                };

                return EventAssetMetadataUpdated;
            })();

            v1.EventAssetVersionPublished = (function() {

                const EventAssetVersionPublished = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetVersionPublished.prototype.id = "";

                EventAssetVersionPublished.prototype.version = 0;

                EventAssetVersionPublished.prototype.oldContentHash = "";

                EventAssetVersionPublished.prototype.newContentHash = "";

                EventAssetVersionPublished.prototype.storageUri = "";

                EventAssetVersionPublished.create = function(properties) {
                    return new EventAssetVersionPublished(properties);
                };

                EventAssetVersionPublished.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.oldContentHash != null && $Object.hasOwnProperty.call(message, "oldContentHash") && message.oldContentHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.oldContentHash);
                    if (message.newContentHash != null && $Object.hasOwnProperty.call(message, "newContentHash") && message.newContentHash !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.newContentHash);
                    if (message.storageUri != null && $Object.hasOwnProperty.call(message, "storageUri") && message.storageUri !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.storageUri);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetVersionPublished.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetVersionPublished();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.oldContentHash = value;
                                else
                                    delete message.oldContentHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newContentHash = value;
                                else
                                    delete message.newContentHash;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.storageUri = value;
                                else
                                    delete message.storageUri;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetVersionPublished.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetVersionPublished)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetVersionPublished: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetVersionPublished();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.oldContentHash != null)
                        if (typeof object.oldContentHash !== "string" || object.oldContentHash.length)
                            message.oldContentHash = $String(object.oldContentHash);
                    if (object.newContentHash != null)
                        if (typeof object.newContentHash !== "string" || object.newContentHash.length)
                            message.newContentHash = $String(object.newContentHash);
                    if (object.storageUri != null)
                        if (typeof object.storageUri !== "string" || object.storageUri.length)
                            message.storageUri = $String(object.storageUri);
                    return message;
                };

                EventAssetVersionPublished.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.version = 0;
                        object.oldContentHash = "";
                        object.newContentHash = "";
                        object.storageUri = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.oldContentHash != null && $Object.hasOwnProperty.call(message, "oldContentHash"))
                        object.oldContentHash = message.oldContentHash;
                    if (message.newContentHash != null && $Object.hasOwnProperty.call(message, "newContentHash"))
                        object.newContentHash = message.newContentHash;
                    if (message.storageUri != null && $Object.hasOwnProperty.call(message, "storageUri"))
                        object.storageUri = message.storageUri;
                    return object;
                };

                EventAssetVersionPublished.prototype.toJSON = function() {
                    return EventAssetVersionPublished.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetVersionPublished.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetVersionPublished";
                };

                return EventAssetVersionPublished;
            })();

            v1.EventAssetStateChanged = (function() {

                const EventAssetStateChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetStateChanged.prototype.id = "";

                EventAssetStateChanged.prototype.from = 0;

                EventAssetStateChanged.prototype.to = 0;

                EventAssetStateChanged.prototype.supersededBy = "";

                EventAssetStateChanged.prototype.reason = "";

                EventAssetStateChanged.create = function(properties) {
                    return new EventAssetStateChanged(properties);
                };

                EventAssetStateChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.to);
                    if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy") && message.supersededBy !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.supersededBy);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetStateChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetStateChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supersededBy = value;
                                else
                                    delete message.supersededBy;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetStateChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetStateChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetStateChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetStateChanged();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.from !== 0 && (typeof object.from !== "string" || $root.datum.dataasset.v1.AssetState[object.from] !== 0))
                        switch (object.from) {
                        case "ASSET_STATE_UNSPECIFIED":
                        case 0:
                            message.from = 0;
                            break;
                        case "ASSET_STATE_ACTIVE":
                        case 1:
                            message.from = 1;
                            break;
                        case "ASSET_STATE_ORDERING_PAUSED":
                        case 2:
                            message.from = 2;
                            break;
                        case "ASSET_STATE_UNLISTED":
                        case 3:
                            message.from = 3;
                            break;
                        case "ASSET_STATE_END_OF_LIFE":
                        case 4:
                            message.from = 4;
                            break;
                        case "ASSET_STATE_DEPRECATED":
                        case 5:
                            message.from = 5;
                            break;
                        case "ASSET_STATE_REVOKED":
                        case 6:
                            message.from = 6;
                            break;
                        default:
                            if (typeof object.from === "number" && (object.from | 0) === object.from)
                                message.from = object.from;
                        }
                    if (object.to !== 0 && (typeof object.to !== "string" || $root.datum.dataasset.v1.AssetState[object.to] !== 0))
                        switch (object.to) {
                        case "ASSET_STATE_UNSPECIFIED":
                        case 0:
                            message.to = 0;
                            break;
                        case "ASSET_STATE_ACTIVE":
                        case 1:
                            message.to = 1;
                            break;
                        case "ASSET_STATE_ORDERING_PAUSED":
                        case 2:
                            message.to = 2;
                            break;
                        case "ASSET_STATE_UNLISTED":
                        case 3:
                            message.to = 3;
                            break;
                        case "ASSET_STATE_END_OF_LIFE":
                        case 4:
                            message.to = 4;
                            break;
                        case "ASSET_STATE_DEPRECATED":
                        case 5:
                            message.to = 5;
                            break;
                        case "ASSET_STATE_REVOKED":
                        case 6:
                            message.to = 6;
                            break;
                        default:
                            if (typeof object.to === "number" && (object.to | 0) === object.to)
                                message.to = object.to;
                        }
                    if (object.supersededBy != null)
                        if (typeof object.supersededBy !== "string" || object.supersededBy.length)
                            message.supersededBy = $String(object.supersededBy);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                EventAssetStateChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.from = options.enums === $String ? "ASSET_STATE_UNSPECIFIED" : 0;
                        object.to = options.enums === $String ? "ASSET_STATE_UNSPECIFIED" : 0;
                        object.supersededBy = "";
                        object.reason = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = options.enums === $String ? $root.datum.dataasset.v1.AssetState[message.from] === $undefined ? message.from : $root.datum.dataasset.v1.AssetState[message.from] : message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = options.enums === $String ? $root.datum.dataasset.v1.AssetState[message.to] === $undefined ? message.to : $root.datum.dataasset.v1.AssetState[message.to] : message.to;
                    if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy"))
                        object.supersededBy = message.supersededBy;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                EventAssetStateChanged.prototype.toJSON = function() {
                    return EventAssetStateChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetStateChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetStateChanged";
                };

                return EventAssetStateChanged;
            })();

            v1.EventContributorsSet = (function() {

                const EventContributorsSet = function (properties) {
                    this.contributors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventContributorsSet.prototype.id = "";

                EventContributorsSet.prototype.contributors = $util.emptyArray;

                EventContributorsSet.create = function(properties) {
                    return new EventContributorsSet(properties);
                };

                EventContributorsSet.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.datum.dataasset.v1.Contributor.encode(message.contributors[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventContributorsSet.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventContributorsSet();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.datum.dataasset.v1.Contributor.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventContributorsSet.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventContributorsSet)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventContributorsSet: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventContributorsSet();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.contributors) {
                        if (!$Array.isArray(object.contributors))
                            throw $TypeError(".datum.dataasset.v1.EventContributorsSet.contributors: array expected");
                        message.contributors = $Array(object.contributors.length);
                        for (let i = 0; i < object.contributors.length; ++i) {
                            if (!$util.isObject(object.contributors[i]))
                                throw $TypeError(".datum.dataasset.v1.EventContributorsSet.contributors: object expected");
                            message.contributors[i] = $root.datum.dataasset.v1.Contributor.fromObject(object.contributors[i], _depth + 1);
                        }
                    }
                    return message;
                };

                EventContributorsSet.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.contributors = [];
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.contributors && message.contributors.length) {
                        object.contributors = $Array(message.contributors.length);
                        for (let j = 0; j < message.contributors.length; ++j)
                            object.contributors[j] = $root.datum.dataasset.v1.Contributor.toObject(message.contributors[j], options, _depth + 1);
                    }
                    return object;
                };

                EventContributorsSet.prototype.toJSON = function() {
                    return EventContributorsSet.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventContributorsSet.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventContributorsSet";
                };

                return EventContributorsSet;
            })();

            v1.EventAlgorithmAllowed = (function() {

                const EventAlgorithmAllowed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAlgorithmAllowed.prototype.id = "";

                EventAlgorithmAllowed.prototype.codeHash = "";

                EventAlgorithmAllowed.prototype.imageDigest = "";

                EventAlgorithmAllowed.prototype.label = "";

                EventAlgorithmAllowed.prototype.sender = "";

                EventAlgorithmAllowed.create = function(properties) {
                    return new EventAlgorithmAllowed(properties);
                };

                EventAlgorithmAllowed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.codeHash);
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest") && message.imageDigest !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.imageDigest);
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.label);
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sender);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAlgorithmAllowed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAlgorithmAllowed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageDigest = value;
                                else
                                    delete message.imageDigest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.label = value;
                                else
                                    delete message.label;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAlgorithmAllowed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAlgorithmAllowed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAlgorithmAllowed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAlgorithmAllowed();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.imageDigest != null)
                        if (typeof object.imageDigest !== "string" || object.imageDigest.length)
                            message.imageDigest = $String(object.imageDigest);
                    if (object.label != null)
                        if (typeof object.label !== "string" || object.label.length)
                            message.label = $String(object.label);
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    return message;
                };

                EventAlgorithmAllowed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.codeHash = "";
                        object.imageDigest = "";
                        object.label = "";
                        object.sender = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest"))
                        object.imageDigest = message.imageDigest;
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                        object.label = message.label;
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    return object;
                };

                EventAlgorithmAllowed.prototype.toJSON = function() {
                    return EventAlgorithmAllowed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAlgorithmAllowed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAlgorithmAllowed";
                };

                return EventAlgorithmAllowed;
            })();

            v1.EventAlgorithmDisallowed = (function() {

                const EventAlgorithmDisallowed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAlgorithmDisallowed.prototype.id = "";

                EventAlgorithmDisallowed.prototype.codeHash = "";

                EventAlgorithmDisallowed.prototype.imageDigest = "";

                EventAlgorithmDisallowed.prototype.sender = "";

                EventAlgorithmDisallowed.create = function(properties) {
                    return new EventAlgorithmDisallowed(properties);
                };

                EventAlgorithmDisallowed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.codeHash);
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest") && message.imageDigest !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.imageDigest);
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.sender);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAlgorithmDisallowed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAlgorithmDisallowed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageDigest = value;
                                else
                                    delete message.imageDigest;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAlgorithmDisallowed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAlgorithmDisallowed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAlgorithmDisallowed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAlgorithmDisallowed();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.imageDigest != null)
                        if (typeof object.imageDigest !== "string" || object.imageDigest.length)
                            message.imageDigest = $String(object.imageDigest);
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    return message;
                };

                EventAlgorithmDisallowed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.codeHash = "";
                        object.imageDigest = "";
                        object.sender = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest"))
                        object.imageDigest = message.imageDigest;
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    return object;
                };

                EventAlgorithmDisallowed.prototype.toJSON = function() {
                    return EventAlgorithmDisallowed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAlgorithmDisallowed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAlgorithmDisallowed";
                };

                return EventAlgorithmDisallowed;
            })();

            v1.EventPolicyChanged = (function() {

                const EventPolicyChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventPolicyChanged.prototype.id = "";

                EventPolicyChanged.prototype.kind = "";

                EventPolicyChanged.prototype.snapshotHash = "";

                EventPolicyChanged.create = function(properties) {
                    return new EventPolicyChanged(properties);
                };

                EventPolicyChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                    if (message.snapshotHash != null && $Object.hasOwnProperty.call(message, "snapshotHash") && message.snapshotHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.snapshotHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventPolicyChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventPolicyChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.snapshotHash = value;
                                else
                                    delete message.snapshotHash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventPolicyChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventPolicyChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventPolicyChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventPolicyChanged();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.snapshotHash != null)
                        if (typeof object.snapshotHash !== "string" || object.snapshotHash.length)
                            message.snapshotHash = $String(object.snapshotHash);
                    return message;
                };

                EventPolicyChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.kind = "";
                        object.snapshotHash = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.snapshotHash != null && $Object.hasOwnProperty.call(message, "snapshotHash"))
                        object.snapshotHash = message.snapshotHash;
                    return object;
                };

                EventPolicyChanged.prototype.toJSON = function() {
                    return EventPolicyChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventPolicyChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventPolicyChanged";
                };

                return EventPolicyChanged;
            })();

            v1.EventAssetTransferred = (function() {

                const EventAssetTransferred = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetTransferred.prototype.id = "";

                EventAssetTransferred.prototype.from = "";

                EventAssetTransferred.prototype.to = "";

                EventAssetTransferred.create = function(properties) {
                    return new EventAssetTransferred(properties);
                };

                EventAssetTransferred.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.to);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetTransferred.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetTransferred();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetTransferred.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetTransferred)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetTransferred: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetTransferred();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    if (object.to != null)
                        if (typeof object.to !== "string" || object.to.length)
                            message.to = $String(object.to);
                    return message;
                };

                EventAssetTransferred.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.from = "";
                        object.to = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = message.to;
                    return object;
                };

                EventAssetTransferred.prototype.toJSON = function() {
                    return EventAssetTransferred.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetTransferred.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetTransferred";
                };

                return EventAssetTransferred;
            })();

            v1.EventAssetBurned = (function() {

                const EventAssetBurned = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetBurned.prototype.id = "";

                EventAssetBurned.prototype.owner = "";

                EventAssetBurned.create = function(properties) {
                    return new EventAssetBurned(properties);
                };

                EventAssetBurned.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetBurned.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetBurned();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetBurned.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetBurned)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetBurned: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetBurned();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    return message;
                };

                EventAssetBurned.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.owner = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    return object;
                };

                EventAssetBurned.prototype.toJSON = function() {
                    return EventAssetBurned.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetBurned.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetBurned";
                };

                return EventAssetBurned;
            })();

            v1.EventPrivacyBudgetChanged = (function() {

                const EventPrivacyBudgetChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventPrivacyBudgetChanged.prototype.assetId = "";

                EventPrivacyBudgetChanged.prototype.version = 0;

                EventPrivacyBudgetChanged.prototype.totalMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventPrivacyBudgetChanged.prototype.reservedMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventPrivacyBudgetChanged.prototype.spentMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventPrivacyBudgetChanged.create = function(properties) {
                    return new EventPrivacyBudgetChanged(properties);
                };

                EventPrivacyBudgetChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.totalMicro != null && $Object.hasOwnProperty.call(message, "totalMicro") && (typeof message.totalMicro === "object" ? message.totalMicro.low || message.totalMicro.high : message.totalMicro !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalMicro);
                    if (message.reservedMicro != null && $Object.hasOwnProperty.call(message, "reservedMicro") && (typeof message.reservedMicro === "object" ? message.reservedMicro.low || message.reservedMicro.high : message.reservedMicro !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.reservedMicro);
                    if (message.spentMicro != null && $Object.hasOwnProperty.call(message, "spentMicro") && (typeof message.spentMicro === "object" ? message.spentMicro.low || message.spentMicro.high : message.spentMicro !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.spentMicro);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventPrivacyBudgetChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventPrivacyBudgetChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalMicro = value;
                                else
                                    delete message.totalMicro;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.reservedMicro = value;
                                else
                                    delete message.reservedMicro;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.spentMicro = value;
                                else
                                    delete message.spentMicro;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventPrivacyBudgetChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventPrivacyBudgetChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventPrivacyBudgetChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventPrivacyBudgetChanged();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.totalMicro != null)
                        if (typeof object.totalMicro === "object" ? object.totalMicro.low || object.totalMicro.high : $Number(object.totalMicro) !== 0)
                            if ($util.Long)
                                message.totalMicro = $util.Long.fromValue(object.totalMicro, true);
                            else if (typeof object.totalMicro === "string")
                                message.totalMicro = $parseInt(object.totalMicro, 10);
                            else if (typeof object.totalMicro === "number")
                                message.totalMicro = object.totalMicro;
                            else if (typeof object.totalMicro === "object")
                                message.totalMicro = new $util.LongBits(object.totalMicro.low >>> 0, object.totalMicro.high >>> 0).toNumber(true);
                    if (object.reservedMicro != null)
                        if (typeof object.reservedMicro === "object" ? object.reservedMicro.low || object.reservedMicro.high : $Number(object.reservedMicro) !== 0)
                            if ($util.Long)
                                message.reservedMicro = $util.Long.fromValue(object.reservedMicro, true);
                            else if (typeof object.reservedMicro === "string")
                                message.reservedMicro = $parseInt(object.reservedMicro, 10);
                            else if (typeof object.reservedMicro === "number")
                                message.reservedMicro = object.reservedMicro;
                            else if (typeof object.reservedMicro === "object")
                                message.reservedMicro = new $util.LongBits(object.reservedMicro.low >>> 0, object.reservedMicro.high >>> 0).toNumber(true);
                    if (object.spentMicro != null)
                        if (typeof object.spentMicro === "object" ? object.spentMicro.low || object.spentMicro.high : $Number(object.spentMicro) !== 0)
                            if ($util.Long)
                                message.spentMicro = $util.Long.fromValue(object.spentMicro, true);
                            else if (typeof object.spentMicro === "string")
                                message.spentMicro = $parseInt(object.spentMicro, 10);
                            else if (typeof object.spentMicro === "number")
                                message.spentMicro = object.spentMicro;
                            else if (typeof object.spentMicro === "object")
                                message.spentMicro = new $util.LongBits(object.spentMicro.low >>> 0, object.spentMicro.high >>> 0).toNumber(true);
                    return message;
                };

                EventPrivacyBudgetChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.assetId = "";
                        object.version = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.totalMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.reservedMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.reservedMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.spentMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.spentMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.totalMicro != null && $Object.hasOwnProperty.call(message, "totalMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalMicro = typeof message.totalMicro === "number" ? $BigInt(message.totalMicro) : $util.Long.fromBits(message.totalMicro.low >>> 0, message.totalMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.totalMicro === "number")
                            object.totalMicro = options.longs === $String ? $String(message.totalMicro) : message.totalMicro;
                        else
                            object.totalMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMicro) : options.longs === $Number ? new $util.LongBits(message.totalMicro.low >>> 0, message.totalMicro.high >>> 0).toNumber(true) : message.totalMicro;
                    if (message.reservedMicro != null && $Object.hasOwnProperty.call(message, "reservedMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.reservedMicro = typeof message.reservedMicro === "number" ? $BigInt(message.reservedMicro) : $util.Long.fromBits(message.reservedMicro.low >>> 0, message.reservedMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.reservedMicro === "number")
                            object.reservedMicro = options.longs === $String ? $String(message.reservedMicro) : message.reservedMicro;
                        else
                            object.reservedMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.reservedMicro) : options.longs === $Number ? new $util.LongBits(message.reservedMicro.low >>> 0, message.reservedMicro.high >>> 0).toNumber(true) : message.reservedMicro;
                    if (message.spentMicro != null && $Object.hasOwnProperty.call(message, "spentMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.spentMicro = typeof message.spentMicro === "number" ? $BigInt(message.spentMicro) : $util.Long.fromBits(message.spentMicro.low >>> 0, message.spentMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.spentMicro === "number")
                            object.spentMicro = options.longs === $String ? $String(message.spentMicro) : message.spentMicro;
                        else
                            object.spentMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.spentMicro) : options.longs === $Number ? new $util.LongBits(message.spentMicro.low >>> 0, message.spentMicro.high >>> 0).toNumber(true) : message.spentMicro;
                    return object;
                };

                EventPrivacyBudgetChanged.prototype.toJSON = function() {
                    return EventPrivacyBudgetChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventPrivacyBudgetChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventPrivacyBudgetChanged";
                };

                return EventPrivacyBudgetChanged;
            })();

            v1.EventUsageRecorded = (function() {

                const EventUsageRecorded = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventUsageRecorded.prototype.assetId = "";

                EventUsageRecorded.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventUsageRecorded.prototype.jobId = "";

                EventUsageRecorded.prototype.rightId = "";

                EventUsageRecorded.prototype.epsilonMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventUsageRecorded.create = function(properties) {
                    return new EventUsageRecorded(properties);
                };

                EventUsageRecorded.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.jobId);
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && message.rightId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.rightId);
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro") && (typeof message.epsilonMicro === "object" ? message.epsilonMicro.low || message.epsilonMicro.high : message.epsilonMicro !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.epsilonMicro);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventUsageRecorded.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventUsageRecorded();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonMicro = value;
                                else
                                    delete message.epsilonMicro;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventUsageRecorded.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventUsageRecorded)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventUsageRecorded: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventUsageRecorded();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.sequence != null)
                        if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                            if ($util.Long)
                                message.sequence = $util.Long.fromValue(object.sequence, true);
                            else if (typeof object.sequence === "string")
                                message.sequence = $parseInt(object.sequence, 10);
                            else if (typeof object.sequence === "number")
                                message.sequence = object.sequence;
                            else if (typeof object.sequence === "object")
                                message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.jobId != null)
                        if (typeof object.jobId !== "string" || object.jobId.length)
                            message.jobId = $String(object.jobId);
                    if (object.rightId != null)
                        if (typeof object.rightId !== "string" || object.rightId.length)
                            message.rightId = $String(object.rightId);
                    if (object.epsilonMicro != null)
                        if (typeof object.epsilonMicro === "object" ? object.epsilonMicro.low || object.epsilonMicro.high : $Number(object.epsilonMicro) !== 0)
                            if ($util.Long)
                                message.epsilonMicro = $util.Long.fromValue(object.epsilonMicro, true);
                            else if (typeof object.epsilonMicro === "string")
                                message.epsilonMicro = $parseInt(object.epsilonMicro, 10);
                            else if (typeof object.epsilonMicro === "number")
                                message.epsilonMicro = object.epsilonMicro;
                            else if (typeof object.epsilonMicro === "object")
                                message.epsilonMicro = new $util.LongBits(object.epsilonMicro.low >>> 0, object.epsilonMicro.high >>> 0).toNumber(true);
                    return message;
                };

                EventUsageRecorded.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.assetId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.jobId = "";
                        object.rightId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        object.jobId = message.jobId;
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        object.rightId = message.rightId;
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonMicro = typeof message.epsilonMicro === "number" ? $BigInt(message.epsilonMicro) : $util.Long.fromBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonMicro === "number")
                            object.epsilonMicro = options.longs === $String ? $String(message.epsilonMicro) : message.epsilonMicro;
                        else
                            object.epsilonMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0).toNumber(true) : message.epsilonMicro;
                    return object;
                };

                EventUsageRecorded.prototype.toJSON = function() {
                    return EventUsageRecorded.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventUsageRecorded.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventUsageRecorded";
                };

                return EventUsageRecorded;
            })();

            v1.EventAssetDataFault = (function() {

                const EventAssetDataFault = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventAssetDataFault.prototype.id = "";

                EventAssetDataFault.prototype.version = 0;

                EventAssetDataFault.prototype.contentHash = "";

                EventAssetDataFault.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventAssetDataFault.prototype.reason = "";

                EventAssetDataFault.create = function(properties) {
                    return new EventAssetDataFault(properties);
                };

                EventAssetDataFault.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentHash);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.jobId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventAssetDataFault.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.EventAssetDataFault();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                EventAssetDataFault.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.EventAssetDataFault)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.EventAssetDataFault: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.EventAssetDataFault();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                EventAssetDataFault.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.version = 0;
                        object.contentHash = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.reason = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                EventAssetDataFault.prototype.toJSON = function() {
                    return EventAssetDataFault.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventAssetDataFault.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.EventAssetDataFault";
                };

                return EventAssetDataFault;
            })();

            v1.AssetState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ASSET_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ASSET_STATE_ACTIVE"] = 1;
                values[valuesById[2] = "ASSET_STATE_ORDERING_PAUSED"] = 2;
                values[valuesById[3] = "ASSET_STATE_UNLISTED"] = 3;
                values[valuesById[4] = "ASSET_STATE_END_OF_LIFE"] = 4;
                values[valuesById[5] = "ASSET_STATE_DEPRECATED"] = 5;
                values[valuesById[6] = "ASSET_STATE_REVOKED"] = 6;
                return values;
            })();

            v1.Mechanism = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MECHANISM_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MECHANISM_TEE"] = 1;
                values[valuesById[2] = "MECHANISM_MPC"] = 2;
                values[valuesById[3] = "MECHANISM_DP"] = 3;
                values[valuesById[4] = "MECHANISM_FL"] = 4;
                values[valuesById[5] = "MECHANISM_REPLICATED"] = 5;
                return values;
            })();

            v1.Purpose = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PURPOSE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PURPOSE_RESEARCH"] = 1;
                values[valuesById[2] = "PURPOSE_COMMERCIAL"] = 2;
                values[valuesById[3] = "PURPOSE_TRAINING"] = 3;
                values[valuesById[4] = "PURPOSE_INFERENCE"] = 4;
                return values;
            })();

            v1.OutputOwnership = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OUTPUT_OWNERSHIP_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OUTPUT_OWNERSHIP_REQUESTER"] = 1;
                values[valuesById[2] = "OUTPUT_OWNERSHIP_SHARED"] = 2;
                return values;
            })();

            v1.Storage = (function() {

                const Storage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Storage.prototype.uri = "";

                Storage.prototype.encryptionScheme = "";

                Storage.create = function(properties) {
                    return new Storage(properties);
                };

                Storage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.uri);
                    if (message.encryptionScheme != null && $Object.hasOwnProperty.call(message, "encryptionScheme") && message.encryptionScheme !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.encryptionScheme);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Storage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.Storage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uri = value;
                                else
                                    delete message.uri;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.encryptionScheme = value;
                                else
                                    delete message.encryptionScheme;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Storage.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.Storage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.Storage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.Storage();
                    if (object.uri != null)
                        if (typeof object.uri !== "string" || object.uri.length)
                            message.uri = $String(object.uri);
                    if (object.encryptionScheme != null)
                        if (typeof object.encryptionScheme !== "string" || object.encryptionScheme.length)
                            message.encryptionScheme = $String(object.encryptionScheme);
                    return message;
                };

                Storage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.uri = "";
                        object.encryptionScheme = "";
                    }
                    if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                        object.uri = message.uri;
                    if (message.encryptionScheme != null && $Object.hasOwnProperty.call(message, "encryptionScheme"))
                        object.encryptionScheme = message.encryptionScheme;
                    return object;
                };

                Storage.prototype.toJSON = function() {
                    return Storage.toObject(this, $protobuf.util.toJSONOptions);
                };

                Storage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.Storage";
                };

                return Storage;
            })();

            v1.Metadata = (function() {

                const Metadata = function (properties) {
                    this.tags = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Metadata.prototype.name = "";

                Metadata.prototype.description = "";

                Metadata.prototype.tags = $util.emptyArray;

                Metadata.prototype.category = "";

                Metadata.prototype.uri = "";

                Metadata.prototype.hash = "";

                Metadata.create = function(properties) {
                    return new Metadata(properties);
                };

                Metadata.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                    if (message.tags != null && message.tags.length)
                        for (let i = 0; i < message.tags.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.tags[i]);
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.category);
                    if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.uri);
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.hash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Metadata.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.Metadata();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tags && message.tags.length))
                                    message.tags = [];
                                message.tags.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uri = value;
                                else
                                    delete message.uri;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.hash = value;
                                else
                                    delete message.hash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Metadata.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.Metadata)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.Metadata: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.Metadata();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.description != null)
                        if (typeof object.description !== "string" || object.description.length)
                            message.description = $String(object.description);
                    if (object.tags) {
                        if (!$Array.isArray(object.tags))
                            throw $TypeError(".datum.dataasset.v1.Metadata.tags: array expected");
                        message.tags = $Array(object.tags.length);
                        for (let i = 0; i < object.tags.length; ++i)
                            message.tags[i] = $String(object.tags[i]);
                    }
                    if (object.category != null)
                        if (typeof object.category !== "string" || object.category.length)
                            message.category = $String(object.category);
                    if (object.uri != null)
                        if (typeof object.uri !== "string" || object.uri.length)
                            message.uri = $String(object.uri);
                    if (object.hash != null)
                        if (typeof object.hash !== "string" || object.hash.length)
                            message.hash = $String(object.hash);
                    return message;
                };

                Metadata.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.tags = [];
                    if (options.defaults) {
                        object.name = "";
                        object.description = "";
                        object.category = "";
                        object.uri = "";
                        object.hash = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        object.description = message.description;
                    if (message.tags && message.tags.length) {
                        object.tags = $Array(message.tags.length);
                        for (let j = 0; j < message.tags.length; ++j)
                            object.tags[j] = message.tags[j];
                    }
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        object.category = message.category;
                    if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                        object.uri = message.uri;
                    if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                        object.hash = message.hash;
                    return object;
                };

                Metadata.prototype.toJSON = function() {
                    return Metadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                Metadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.Metadata";
                };

                return Metadata;
            })();

            v1.Contributor = (function() {

                const Contributor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Contributor.prototype.address = "";

                Contributor.prototype.weightBps = 0;

                Contributor.create = function(properties) {
                    return new Contributor(properties);
                };

                Contributor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.weightBps != null && $Object.hasOwnProperty.call(message, "weightBps") && message.weightBps !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.weightBps);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Contributor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.Contributor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.weightBps = value;
                                else
                                    delete message.weightBps;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Contributor.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.Contributor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.Contributor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.Contributor();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.weightBps != null)
                        if ($Number(object.weightBps) !== 0)
                            message.weightBps = object.weightBps >>> 0;
                    return message;
                };

                Contributor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.address = "";
                        object.weightBps = 0;
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.weightBps != null && $Object.hasOwnProperty.call(message, "weightBps"))
                        object.weightBps = message.weightBps;
                    return object;
                };

                Contributor.prototype.toJSON = function() {
                    return Contributor.toObject(this, $protobuf.util.toJSONOptions);
                };

                Contributor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.Contributor";
                };

                return Contributor;
            })();

            v1.Algorithm = (function() {

                const Algorithm = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Algorithm.prototype.codeHash = "";

                Algorithm.prototype.imageDigest = "";

                Algorithm.prototype.label = "";

                Algorithm.create = function(properties) {
                    return new Algorithm(properties);
                };

                Algorithm.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.codeHash);
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest") && message.imageDigest !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.imageDigest);
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.label);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Algorithm.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.Algorithm();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageDigest = value;
                                else
                                    delete message.imageDigest;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.label = value;
                                else
                                    delete message.label;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Algorithm.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.Algorithm)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.Algorithm: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.Algorithm();
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.imageDigest != null)
                        if (typeof object.imageDigest !== "string" || object.imageDigest.length)
                            message.imageDigest = $String(object.imageDigest);
                    if (object.label != null)
                        if (typeof object.label !== "string" || object.label.length)
                            message.label = $String(object.label);
                    return message;
                };

                Algorithm.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.codeHash = "";
                        object.imageDigest = "";
                        object.label = "";
                    }
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest"))
                        object.imageDigest = message.imageDigest;
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                        object.label = message.label;
                    return object;
                };

                Algorithm.prototype.toJSON = function() {
                    return Algorithm.toObject(this, $protobuf.util.toJSONOptions);
                };

                Algorithm.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.Algorithm";
                };

                return Algorithm;
            })();

            v1.OutputPolicy = (function() {

                const OutputPolicy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                OutputPolicy.prototype.maxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                OutputPolicy.prototype.minAggregationK = 0;

                OutputPolicy.create = function(properties) {
                    return new OutputPolicy(properties);
                };

                OutputPolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && (typeof message.maxBytes === "object" ? message.maxBytes.low || message.maxBytes.high : message.maxBytes !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxBytes);
                    if (message.minAggregationK != null && $Object.hasOwnProperty.call(message, "minAggregationK") && message.minAggregationK !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minAggregationK);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                OutputPolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.OutputPolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxBytes = value;
                                else
                                    delete message.maxBytes;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minAggregationK = value;
                                else
                                    delete message.minAggregationK;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                OutputPolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.OutputPolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.OutputPolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.OutputPolicy();
                    if (object.maxBytes != null)
                        if (typeof object.maxBytes === "object" ? object.maxBytes.low || object.maxBytes.high : $Number(object.maxBytes) !== 0)
                            if ($util.Long)
                                message.maxBytes = $util.Long.fromValue(object.maxBytes, true);
                            else if (typeof object.maxBytes === "string")
                                message.maxBytes = $parseInt(object.maxBytes, 10);
                            else if (typeof object.maxBytes === "number")
                                message.maxBytes = object.maxBytes;
                            else if (typeof object.maxBytes === "object")
                                message.maxBytes = new $util.LongBits(object.maxBytes.low >>> 0, object.maxBytes.high >>> 0).toNumber(true);
                    if (object.minAggregationK != null)
                        if ($Number(object.minAggregationK) !== 0)
                            message.minAggregationK = object.minAggregationK >>> 0;
                    return message;
                };

                OutputPolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.minAggregationK = 0;
                    }
                    if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxBytes = typeof message.maxBytes === "number" ? $BigInt(message.maxBytes) : $util.Long.fromBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.maxBytes === "number")
                            object.maxBytes = options.longs === $String ? $String(message.maxBytes) : message.maxBytes;
                        else
                            object.maxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxBytes) : options.longs === $Number ? new $util.LongBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0).toNumber(true) : message.maxBytes;
                    if (message.minAggregationK != null && $Object.hasOwnProperty.call(message, "minAggregationK"))
                        object.minAggregationK = message.minAggregationK;
                    return object;
                };

                OutputPolicy.prototype.toJSON = function() {
                    return OutputPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                OutputPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.OutputPolicy";
                };

                return OutputPolicy;
            })();

            v1.ComputePolicy = (function() {

                const ComputePolicy = function (properties) {
                    this.mechanisms = [];
                    this.algorithmAllowlist = [];
                    this.trustedPublishers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ComputePolicy.prototype.mechanisms = $util.emptyArray;

                ComputePolicy.prototype.algorithmAllowlist = $util.emptyArray;

                ComputePolicy.prototype.trustedPublishers = $util.emptyArray;

                ComputePolicy.prototype.minExecutors = 0;

                ComputePolicy.prototype.outputPolicy = null;

                ComputePolicy.create = function(properties) {
                    return new ComputePolicy(properties);
                };

                ComputePolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mechanisms != null && message.mechanisms.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.mechanisms);
                    if (message.algorithmAllowlist != null && message.algorithmAllowlist.length)
                        for (let i = 0; i < message.algorithmAllowlist.length; ++i)
                            $root.datum.dataasset.v1.Algorithm.encode(message.algorithmAllowlist[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.trustedPublishers != null && message.trustedPublishers.length)
                        for (let i = 0; i < message.trustedPublishers.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.trustedPublishers[i]);
                    if (message.minExecutors != null && $Object.hasOwnProperty.call(message, "minExecutors") && message.minExecutors !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minExecutors);
                    if (message.outputPolicy != null && $Object.hasOwnProperty.call(message, "outputPolicy"))
                        $root.datum.dataasset.v1.OutputPolicy.encode(message.outputPolicy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ComputePolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.ComputePolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.mechanisms && message.mechanisms.length))
                                        message.mechanisms = [];
                                    reader.int32s(message.mechanisms);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.mechanisms && message.mechanisms.length))
                                    message.mechanisms = [];
                                message.mechanisms.push(reader.int32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.algorithmAllowlist && message.algorithmAllowlist.length))
                                    message.algorithmAllowlist = [];
                                message.algorithmAllowlist.push($root.datum.dataasset.v1.Algorithm.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.trustedPublishers && message.trustedPublishers.length))
                                    message.trustedPublishers = [];
                                message.trustedPublishers.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.minExecutors = value;
                                else
                                    delete message.minExecutors;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.outputPolicy = $root.datum.dataasset.v1.OutputPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.outputPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ComputePolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.ComputePolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.ComputePolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.ComputePolicy();
                    if (object.mechanisms) {
                        if (!$Array.isArray(object.mechanisms))
                            throw $TypeError(".datum.dataasset.v1.ComputePolicy.mechanisms: array expected");
                        message.mechanisms = [];
                        for (let i = 0; i < object.mechanisms.length; ++i)
                            switch (object.mechanisms[i]) {
                            case "MECHANISM_UNSPECIFIED":
                            case 0:
                                message.mechanisms[message.mechanisms.length] = 0;
                                break;
                            case "MECHANISM_TEE":
                            case 1:
                                message.mechanisms[message.mechanisms.length] = 1;
                                break;
                            case "MECHANISM_MPC":
                            case 2:
                                message.mechanisms[message.mechanisms.length] = 2;
                                break;
                            case "MECHANISM_DP":
                            case 3:
                                message.mechanisms[message.mechanisms.length] = 3;
                                break;
                            case "MECHANISM_FL":
                            case 4:
                                message.mechanisms[message.mechanisms.length] = 4;
                                break;
                            case "MECHANISM_REPLICATED":
                            case 5:
                                message.mechanisms[message.mechanisms.length] = 5;
                                break;
                            default:
                                if (typeof object.mechanisms[i] === "number" && (object.mechanisms[i] | 0) === object.mechanisms[i])
                                    message.mechanisms[message.mechanisms.length] = object.mechanisms[i];
                            }
                    }
                    if (object.algorithmAllowlist) {
                        if (!$Array.isArray(object.algorithmAllowlist))
                            throw $TypeError(".datum.dataasset.v1.ComputePolicy.algorithmAllowlist: array expected");
                        message.algorithmAllowlist = $Array(object.algorithmAllowlist.length);
                        for (let i = 0; i < object.algorithmAllowlist.length; ++i) {
                            if (!$util.isObject(object.algorithmAllowlist[i]))
                                throw $TypeError(".datum.dataasset.v1.ComputePolicy.algorithmAllowlist: object expected");
                            message.algorithmAllowlist[i] = $root.datum.dataasset.v1.Algorithm.fromObject(object.algorithmAllowlist[i], _depth + 1);
                        }
                    }
                    if (object.trustedPublishers) {
                        if (!$Array.isArray(object.trustedPublishers))
                            throw $TypeError(".datum.dataasset.v1.ComputePolicy.trustedPublishers: array expected");
                        message.trustedPublishers = $Array(object.trustedPublishers.length);
                        for (let i = 0; i < object.trustedPublishers.length; ++i)
                            message.trustedPublishers[i] = $String(object.trustedPublishers[i]);
                    }
                    if (object.minExecutors != null)
                        if ($Number(object.minExecutors) !== 0)
                            message.minExecutors = object.minExecutors >>> 0;
                    if (object.outputPolicy != null) {
                        if (!$util.isObject(object.outputPolicy))
                            throw $TypeError(".datum.dataasset.v1.ComputePolicy.outputPolicy: object expected");
                        message.outputPolicy = $root.datum.dataasset.v1.OutputPolicy.fromObject(object.outputPolicy, _depth + 1);
                    }
                    return message;
                };

                ComputePolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.mechanisms = [];
                        object.algorithmAllowlist = [];
                        object.trustedPublishers = [];
                    }
                    if (options.defaults) {
                        object.minExecutors = 0;
                        object.outputPolicy = null;
                    }
                    if (message.mechanisms && message.mechanisms.length) {
                        object.mechanisms = $Array(message.mechanisms.length);
                        for (let j = 0; j < message.mechanisms.length; ++j)
                            object.mechanisms[j] = options.enums === $String ? $root.datum.dataasset.v1.Mechanism[message.mechanisms[j]] === $undefined ? message.mechanisms[j] : $root.datum.dataasset.v1.Mechanism[message.mechanisms[j]] : message.mechanisms[j];
                    }
                    if (message.algorithmAllowlist && message.algorithmAllowlist.length) {
                        object.algorithmAllowlist = $Array(message.algorithmAllowlist.length);
                        for (let j = 0; j < message.algorithmAllowlist.length; ++j)
                            object.algorithmAllowlist[j] = $root.datum.dataasset.v1.Algorithm.toObject(message.algorithmAllowlist[j], options, _depth + 1);
                    }
                    if (message.trustedPublishers && message.trustedPublishers.length) {
                        object.trustedPublishers = $Array(message.trustedPublishers.length);
                        for (let j = 0; j < message.trustedPublishers.length; ++j)
                            object.trustedPublishers[j] = message.trustedPublishers[j];
                    }
                    if (message.minExecutors != null && $Object.hasOwnProperty.call(message, "minExecutors"))
                        object.minExecutors = message.minExecutors;
                    if (message.outputPolicy != null && $Object.hasOwnProperty.call(message, "outputPolicy"))
                        object.outputPolicy = $root.datum.dataasset.v1.OutputPolicy.toObject(message.outputPolicy, options, _depth + 1);
                    return object;
                };

                ComputePolicy.prototype.toJSON = function() {
                    return ComputePolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                ComputePolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.ComputePolicy";
                };

                return ComputePolicy;
            })();

            v1.PrivacyPolicy = (function() {

                const PrivacyPolicy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PrivacyPolicy.prototype.epsilonTotalMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                PrivacyPolicy.prototype.epsilonPerJobMaxMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                PrivacyPolicy.prototype.deltaNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                PrivacyPolicy.create = function(properties) {
                    return new PrivacyPolicy(properties);
                };

                PrivacyPolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epsilonTotalMicro != null && $Object.hasOwnProperty.call(message, "epsilonTotalMicro") && (typeof message.epsilonTotalMicro === "object" ? message.epsilonTotalMicro.low || message.epsilonTotalMicro.high : message.epsilonTotalMicro !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epsilonTotalMicro);
                    if (message.epsilonPerJobMaxMicro != null && $Object.hasOwnProperty.call(message, "epsilonPerJobMaxMicro") && (typeof message.epsilonPerJobMaxMicro === "object" ? message.epsilonPerJobMaxMicro.low || message.epsilonPerJobMaxMicro.high : message.epsilonPerJobMaxMicro !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.epsilonPerJobMaxMicro);
                    if (message.deltaNano != null && $Object.hasOwnProperty.call(message, "deltaNano") && (typeof message.deltaNano === "object" ? message.deltaNano.low || message.deltaNano.high : message.deltaNano !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.deltaNano);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PrivacyPolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.PrivacyPolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonTotalMicro = value;
                                else
                                    delete message.epsilonTotalMicro;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonPerJobMaxMicro = value;
                                else
                                    delete message.epsilonPerJobMaxMicro;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.deltaNano = value;
                                else
                                    delete message.deltaNano;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                PrivacyPolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.PrivacyPolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.PrivacyPolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.PrivacyPolicy();
                    if (object.epsilonTotalMicro != null)
                        if (typeof object.epsilonTotalMicro === "object" ? object.epsilonTotalMicro.low || object.epsilonTotalMicro.high : $Number(object.epsilonTotalMicro) !== 0)
                            if ($util.Long)
                                message.epsilonTotalMicro = $util.Long.fromValue(object.epsilonTotalMicro, true);
                            else if (typeof object.epsilonTotalMicro === "string")
                                message.epsilonTotalMicro = $parseInt(object.epsilonTotalMicro, 10);
                            else if (typeof object.epsilonTotalMicro === "number")
                                message.epsilonTotalMicro = object.epsilonTotalMicro;
                            else if (typeof object.epsilonTotalMicro === "object")
                                message.epsilonTotalMicro = new $util.LongBits(object.epsilonTotalMicro.low >>> 0, object.epsilonTotalMicro.high >>> 0).toNumber(true);
                    if (object.epsilonPerJobMaxMicro != null)
                        if (typeof object.epsilonPerJobMaxMicro === "object" ? object.epsilonPerJobMaxMicro.low || object.epsilonPerJobMaxMicro.high : $Number(object.epsilonPerJobMaxMicro) !== 0)
                            if ($util.Long)
                                message.epsilonPerJobMaxMicro = $util.Long.fromValue(object.epsilonPerJobMaxMicro, true);
                            else if (typeof object.epsilonPerJobMaxMicro === "string")
                                message.epsilonPerJobMaxMicro = $parseInt(object.epsilonPerJobMaxMicro, 10);
                            else if (typeof object.epsilonPerJobMaxMicro === "number")
                                message.epsilonPerJobMaxMicro = object.epsilonPerJobMaxMicro;
                            else if (typeof object.epsilonPerJobMaxMicro === "object")
                                message.epsilonPerJobMaxMicro = new $util.LongBits(object.epsilonPerJobMaxMicro.low >>> 0, object.epsilonPerJobMaxMicro.high >>> 0).toNumber(true);
                    if (object.deltaNano != null)
                        if (typeof object.deltaNano === "object" ? object.deltaNano.low || object.deltaNano.high : $Number(object.deltaNano) !== 0)
                            if ($util.Long)
                                message.deltaNano = $util.Long.fromValue(object.deltaNano, true);
                            else if (typeof object.deltaNano === "string")
                                message.deltaNano = $parseInt(object.deltaNano, 10);
                            else if (typeof object.deltaNano === "number")
                                message.deltaNano = object.deltaNano;
                            else if (typeof object.deltaNano === "object")
                                message.deltaNano = new $util.LongBits(object.deltaNano.low >>> 0, object.deltaNano.high >>> 0).toNumber(true);
                    return message;
                };

                PrivacyPolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonTotalMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonTotalMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonPerJobMaxMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonPerJobMaxMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.deltaNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.deltaNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.epsilonTotalMicro != null && $Object.hasOwnProperty.call(message, "epsilonTotalMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonTotalMicro = typeof message.epsilonTotalMicro === "number" ? $BigInt(message.epsilonTotalMicro) : $util.Long.fromBits(message.epsilonTotalMicro.low >>> 0, message.epsilonTotalMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonTotalMicro === "number")
                            object.epsilonTotalMicro = options.longs === $String ? $String(message.epsilonTotalMicro) : message.epsilonTotalMicro;
                        else
                            object.epsilonTotalMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonTotalMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonTotalMicro.low >>> 0, message.epsilonTotalMicro.high >>> 0).toNumber(true) : message.epsilonTotalMicro;
                    if (message.epsilonPerJobMaxMicro != null && $Object.hasOwnProperty.call(message, "epsilonPerJobMaxMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonPerJobMaxMicro = typeof message.epsilonPerJobMaxMicro === "number" ? $BigInt(message.epsilonPerJobMaxMicro) : $util.Long.fromBits(message.epsilonPerJobMaxMicro.low >>> 0, message.epsilonPerJobMaxMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonPerJobMaxMicro === "number")
                            object.epsilonPerJobMaxMicro = options.longs === $String ? $String(message.epsilonPerJobMaxMicro) : message.epsilonPerJobMaxMicro;
                        else
                            object.epsilonPerJobMaxMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonPerJobMaxMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonPerJobMaxMicro.low >>> 0, message.epsilonPerJobMaxMicro.high >>> 0).toNumber(true) : message.epsilonPerJobMaxMicro;
                    if (message.deltaNano != null && $Object.hasOwnProperty.call(message, "deltaNano"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.deltaNano = typeof message.deltaNano === "number" ? $BigInt(message.deltaNano) : $util.Long.fromBits(message.deltaNano.low >>> 0, message.deltaNano.high >>> 0, true).toBigInt();
                        else if (typeof message.deltaNano === "number")
                            object.deltaNano = options.longs === $String ? $String(message.deltaNano) : message.deltaNano;
                        else
                            object.deltaNano = options.longs === $String ? $util.Long.prototype.toString.call(message.deltaNano) : options.longs === $Number ? new $util.LongBits(message.deltaNano.low >>> 0, message.deltaNano.high >>> 0).toNumber(true) : message.deltaNano;
                    return object;
                };

                PrivacyPolicy.prototype.toJSON = function() {
                    return PrivacyPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                PrivacyPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.PrivacyPolicy";
                };

                return PrivacyPolicy;
            })();

            v1.ResidencyPolicy = (function() {

                const ResidencyPolicy = function (properties) {
                    this.allowedRegions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ResidencyPolicy.prototype.allowedRegions = $util.emptyArray;

                ResidencyPolicy.prototype.requireAuditedRegion = false;

                ResidencyPolicy.create = function(properties) {
                    return new ResidencyPolicy(properties);
                };

                ResidencyPolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.allowedRegions != null && message.allowedRegions.length)
                        for (let i = 0; i < message.allowedRegions.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.allowedRegions[i]);
                    if (message.requireAuditedRegion != null && $Object.hasOwnProperty.call(message, "requireAuditedRegion") && message.requireAuditedRegion !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.requireAuditedRegion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ResidencyPolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.ResidencyPolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.allowedRegions && message.allowedRegions.length))
                                    message.allowedRegions = [];
                                message.allowedRegions.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.requireAuditedRegion = value;
                                else
                                    delete message.requireAuditedRegion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                ResidencyPolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.ResidencyPolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.ResidencyPolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.ResidencyPolicy();
                    if (object.allowedRegions) {
                        if (!$Array.isArray(object.allowedRegions))
                            throw $TypeError(".datum.dataasset.v1.ResidencyPolicy.allowedRegions: array expected");
                        message.allowedRegions = $Array(object.allowedRegions.length);
                        for (let i = 0; i < object.allowedRegions.length; ++i)
                            message.allowedRegions[i] = $String(object.allowedRegions[i]);
                    }
                    if (object.requireAuditedRegion != null)
                        if (object.requireAuditedRegion)
                            message.requireAuditedRegion = $Boolean(object.requireAuditedRegion);
                    return message;
                };

                ResidencyPolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.allowedRegions = [];
                    if (options.defaults)
                        object.requireAuditedRegion = false;
                    if (message.allowedRegions && message.allowedRegions.length) {
                        object.allowedRegions = $Array(message.allowedRegions.length);
                        for (let j = 0; j < message.allowedRegions.length; ++j)
                            object.allowedRegions[j] = message.allowedRegions[j];
                    }
                    if (message.requireAuditedRegion != null && $Object.hasOwnProperty.call(message, "requireAuditedRegion"))
                        object.requireAuditedRegion = message.requireAuditedRegion;
                    return object;
                };

                ResidencyPolicy.prototype.toJSON = function() {
                    return ResidencyPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                ResidencyPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.ResidencyPolicy";
                };

                return ResidencyPolicy;
            })();

            v1.DataAsset = (function() {

                const DataAsset = function (properties) {
                    this.contributors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DataAsset.prototype.id = "";

                DataAsset.prototype.owner = "";

                DataAsset.prototype.version = 0;

                DataAsset.prototype.state = 0;

                DataAsset.prototype.contentHash = "";

                DataAsset.prototype.storage = null;

                DataAsset.prototype.metadata = null;

                DataAsset.prototype.licenseTermsId = "";

                DataAsset.prototype.contributors = $util.emptyArray;

                DataAsset.prototype.computePolicy = null;

                DataAsset.prototype.privacyPolicy = null;

                DataAsset.prototype.residencyPolicy = null;

                DataAsset.prototype.transferable = false;

                DataAsset.prototype.supersededBy = "";

                DataAsset.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                DataAsset.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                DataAsset.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                DataAsset.prototype.dataFault = null;

                DataAsset.create = function(properties) {
                    return new DataAsset(properties);
                };

                DataAsset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.version);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.contentHash);
                    if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                        $root.datum.dataasset.v1.Storage.encode(message.storage, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.datum.dataasset.v1.Metadata.encode(message.metadata, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.licenseTermsId != null && $Object.hasOwnProperty.call(message, "licenseTermsId") && message.licenseTermsId !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.licenseTermsId);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.datum.dataasset.v1.Contributor.encode(message.contributors[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.computePolicy != null && $Object.hasOwnProperty.call(message, "computePolicy"))
                        $root.datum.dataasset.v1.ComputePolicy.encode(message.computePolicy, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        $root.datum.dataasset.v1.PrivacyPolicy.encode(message.privacyPolicy, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.residencyPolicy != null && $Object.hasOwnProperty.call(message, "residencyPolicy"))
                        $root.datum.dataasset.v1.ResidencyPolicy.encode(message.residencyPolicy, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.transferable != null && $Object.hasOwnProperty.call(message, "transferable") && message.transferable !== false)
                        writer.uint32(/* id 13, wireType 0 =*/104).bool(message.transferable);
                    if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy") && message.supersededBy !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.supersededBy);
                    if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight") && (typeof message.createdHeight === "object" ? message.createdHeight.low || message.createdHeight.high : message.createdHeight !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).int64(message.createdHeight);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 16, wireType 0 =*/128).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 17, wireType 0 =*/136).int64(message.updatedAt);
                    if (message.dataFault != null && $Object.hasOwnProperty.call(message, "dataFault"))
                        $root.datum.dataasset.v1.DataFault.encode(message.dataFault, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DataAsset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.DataAsset();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.storage = $root.datum.dataasset.v1.Storage.decode(reader, reader.size(), $undefined, _depth + 1, message.storage);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.metadata = $root.datum.dataasset.v1.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.licenseTermsId = value;
                                else
                                    delete message.licenseTermsId;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.datum.dataasset.v1.Contributor.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.computePolicy = $root.datum.dataasset.v1.ComputePolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.computePolicy);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.privacyPolicy);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.residencyPolicy);
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.transferable = value;
                                else
                                    delete message.transferable;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supersededBy = value;
                                else
                                    delete message.supersededBy;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdHeight = value;
                                else
                                    delete message.createdHeight;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.dataFault = $root.datum.dataasset.v1.DataFault.decode(reader, reader.size(), $undefined, _depth + 1, message.dataFault);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DataAsset.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.DataAsset)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.DataAsset: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.DataAsset();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.dataasset.v1.AssetState[object.state] !== 0))
                        switch (object.state) {
                        case "ASSET_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "ASSET_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "ASSET_STATE_ORDERING_PAUSED":
                        case 2:
                            message.state = 2;
                            break;
                        case "ASSET_STATE_UNLISTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "ASSET_STATE_END_OF_LIFE":
                        case 4:
                            message.state = 4;
                            break;
                        case "ASSET_STATE_DEPRECATED":
                        case 5:
                            message.state = 5;
                            break;
                        case "ASSET_STATE_REVOKED":
                        case 6:
                            message.state = 6;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    if (object.storage != null) {
                        if (!$util.isObject(object.storage))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.storage: object expected");
                        message.storage = $root.datum.dataasset.v1.Storage.fromObject(object.storage, _depth + 1);
                    }
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.metadata: object expected");
                        message.metadata = $root.datum.dataasset.v1.Metadata.fromObject(object.metadata, _depth + 1);
                    }
                    if (object.licenseTermsId != null)
                        if (typeof object.licenseTermsId !== "string" || object.licenseTermsId.length)
                            message.licenseTermsId = $String(object.licenseTermsId);
                    if (object.contributors) {
                        if (!$Array.isArray(object.contributors))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.contributors: array expected");
                        message.contributors = $Array(object.contributors.length);
                        for (let i = 0; i < object.contributors.length; ++i) {
                            if (!$util.isObject(object.contributors[i]))
                                throw $TypeError(".datum.dataasset.v1.DataAsset.contributors: object expected");
                            message.contributors[i] = $root.datum.dataasset.v1.Contributor.fromObject(object.contributors[i], _depth + 1);
                        }
                    }
                    if (object.computePolicy != null) {
                        if (!$util.isObject(object.computePolicy))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.computePolicy: object expected");
                        message.computePolicy = $root.datum.dataasset.v1.ComputePolicy.fromObject(object.computePolicy, _depth + 1);
                    }
                    if (object.privacyPolicy != null) {
                        if (!$util.isObject(object.privacyPolicy))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.privacyPolicy: object expected");
                        message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.fromObject(object.privacyPolicy, _depth + 1);
                    }
                    if (object.residencyPolicy != null) {
                        if (!$util.isObject(object.residencyPolicy))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.residencyPolicy: object expected");
                        message.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.fromObject(object.residencyPolicy, _depth + 1);
                    }
                    if (object.transferable != null)
                        if (object.transferable)
                            message.transferable = $Boolean(object.transferable);
                    if (object.supersededBy != null)
                        if (typeof object.supersededBy !== "string" || object.supersededBy.length)
                            message.supersededBy = $String(object.supersededBy);
                    if (object.createdHeight != null)
                        if (typeof object.createdHeight === "object" ? object.createdHeight.low || object.createdHeight.high : $Number(object.createdHeight) !== 0)
                            if ($util.Long)
                                message.createdHeight = $util.Long.fromValue(object.createdHeight, false);
                            else if (typeof object.createdHeight === "string")
                                message.createdHeight = $parseInt(object.createdHeight, 10);
                            else if (typeof object.createdHeight === "number")
                                message.createdHeight = object.createdHeight;
                            else if (typeof object.createdHeight === "object")
                                message.createdHeight = new $util.LongBits(object.createdHeight.low >>> 0, object.createdHeight.high >>> 0).toNumber();
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    if (object.dataFault != null) {
                        if (!$util.isObject(object.dataFault))
                            throw $TypeError(".datum.dataasset.v1.DataAsset.dataFault: object expected");
                        message.dataFault = $root.datum.dataasset.v1.DataFault.fromObject(object.dataFault, _depth + 1);
                    }
                    return message;
                };

                DataAsset.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.contributors = [];
                    if (options.defaults) {
                        object.id = "";
                        object.owner = "";
                        object.version = 0;
                        object.state = options.enums === $String ? "ASSET_STATE_UNSPECIFIED" : 0;
                        object.contentHash = "";
                        object.storage = null;
                        object.metadata = null;
                        object.licenseTermsId = "";
                        object.computePolicy = null;
                        object.privacyPolicy = null;
                        object.residencyPolicy = null;
                        object.transferable = false;
                        object.supersededBy = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.dataFault = null;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.dataasset.v1.AssetState[message.state] === $undefined ? message.state : $root.datum.dataasset.v1.AssetState[message.state] : message.state;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                        object.storage = $root.datum.dataasset.v1.Storage.toObject(message.storage, options, _depth + 1);
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.datum.dataasset.v1.Metadata.toObject(message.metadata, options, _depth + 1);
                    if (message.licenseTermsId != null && $Object.hasOwnProperty.call(message, "licenseTermsId"))
                        object.licenseTermsId = message.licenseTermsId;
                    if (message.contributors && message.contributors.length) {
                        object.contributors = $Array(message.contributors.length);
                        for (let j = 0; j < message.contributors.length; ++j)
                            object.contributors[j] = $root.datum.dataasset.v1.Contributor.toObject(message.contributors[j], options, _depth + 1);
                    }
                    if (message.computePolicy != null && $Object.hasOwnProperty.call(message, "computePolicy"))
                        object.computePolicy = $root.datum.dataasset.v1.ComputePolicy.toObject(message.computePolicy, options, _depth + 1);
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        object.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.toObject(message.privacyPolicy, options, _depth + 1);
                    if (message.residencyPolicy != null && $Object.hasOwnProperty.call(message, "residencyPolicy"))
                        object.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.toObject(message.residencyPolicy, options, _depth + 1);
                    if (message.transferable != null && $Object.hasOwnProperty.call(message, "transferable"))
                        object.transferable = message.transferable;
                    if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy"))
                        object.supersededBy = message.supersededBy;
                    if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdHeight = typeof message.createdHeight === "number" ? $BigInt(message.createdHeight) : $util.Long.fromBits(message.createdHeight.low >>> 0, message.createdHeight.high >>> 0, false).toBigInt();
                        else if (typeof message.createdHeight === "number")
                            object.createdHeight = options.longs === $String ? $String(message.createdHeight) : message.createdHeight;
                        else
                            object.createdHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.createdHeight) : options.longs === $Number ? new $util.LongBits(message.createdHeight.low >>> 0, message.createdHeight.high >>> 0).toNumber() : message.createdHeight;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    if (message.dataFault != null && $Object.hasOwnProperty.call(message, "dataFault"))
                        object.dataFault = $root.datum.dataasset.v1.DataFault.toObject(message.dataFault, options, _depth + 1);
                    return object;
                };

                DataAsset.prototype.toJSON = function() {
                    return DataAsset.toObject(this, $protobuf.util.toJSONOptions);
                };

                DataAsset.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.DataAsset";
                };

                return DataAsset;
            })();

            v1.DataFault = (function() {

                const DataFault = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DataFault.prototype.version = 0;

                DataFault.prototype.contentHash = "";

                DataFault.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                DataFault.prototype.reason = "";

                DataFault.prototype.at = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                DataFault.create = function(properties) {
                    return new DataFault(properties);
                };

                DataFault.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentHash);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.jobId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && (typeof message.at === "object" ? message.at.low || message.at.high : message.at !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DataFault.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.DataFault();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                DataFault.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.DataFault)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.DataFault: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.DataFault();
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    if (object.jobId != null)
                        if (typeof object.jobId === "object" ? object.jobId.low || object.jobId.high : $Number(object.jobId) !== 0)
                            if ($util.Long)
                                message.jobId = $util.Long.fromValue(object.jobId, true);
                            else if (typeof object.jobId === "string")
                                message.jobId = $parseInt(object.jobId, 10);
                            else if (typeof object.jobId === "number")
                                message.jobId = object.jobId;
                            else if (typeof object.jobId === "object")
                                message.jobId = new $util.LongBits(object.jobId.low >>> 0, object.jobId.high >>> 0).toNumber(true);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.at != null)
                        if (typeof object.at === "object" ? object.at.low || object.at.high : $Number(object.at) !== 0)
                            if ($util.Long)
                                message.at = $util.Long.fromValue(object.at, false);
                            else if (typeof object.at === "string")
                                message.at = $parseInt(object.at, 10);
                            else if (typeof object.at === "number")
                                message.at = object.at;
                            else if (typeof object.at === "object")
                                message.at = new $util.LongBits(object.at.low >>> 0, object.at.high >>> 0).toNumber();
                    return message;
                };

                DataFault.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.version = 0;
                        object.contentHash = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.reason = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.at = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.at = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.at = typeof message.at === "number" ? $BigInt(message.at) : $util.Long.fromBits(message.at.low >>> 0, message.at.high >>> 0, false).toBigInt();
                        else if (typeof message.at === "number")
                            object.at = options.longs === $String ? $String(message.at) : message.at;
                        else
                            object.at = options.longs === $String ? $util.Long.prototype.toString.call(message.at) : options.longs === $Number ? new $util.LongBits(message.at.low >>> 0, message.at.high >>> 0).toNumber() : message.at;
                    return object;
                };

                DataFault.prototype.toJSON = function() {
                    return DataFault.toObject(this, $protobuf.util.toJSONOptions);
                };

                DataFault.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.DataFault";
                };

                return DataFault;
            })();

            v1.LicenseTerms = (function() {

                const LicenseTerms = function (properties) {
                    this.purposes = [];
                    this.jurisdictions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                LicenseTerms.prototype.id = "";

                LicenseTerms.prototype.purposes = $util.emptyArray;

                LicenseTerms.prototype.commercialUse = false;

                LicenseTerms.prototype.derivativesAllowed = false;

                LicenseTerms.prototype.attributionRequired = false;

                LicenseTerms.prototype.outputOwnership = 0;

                LicenseTerms.prototype.legalTextUri = "";

                LicenseTerms.prototype.legalTextHash = "";

                LicenseTerms.prototype.jurisdictions = $util.emptyArray;

                LicenseTerms.create = function(properties) {
                    return new LicenseTerms(properties);
                };

                LicenseTerms.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.purposes != null && message.purposes.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.purposes);
                    if (message.commercialUse != null && $Object.hasOwnProperty.call(message, "commercialUse") && message.commercialUse !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.commercialUse);
                    if (message.derivativesAllowed != null && $Object.hasOwnProperty.call(message, "derivativesAllowed") && message.derivativesAllowed !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.derivativesAllowed);
                    if (message.attributionRequired != null && $Object.hasOwnProperty.call(message, "attributionRequired") && message.attributionRequired !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.attributionRequired);
                    if (message.outputOwnership != null && $Object.hasOwnProperty.call(message, "outputOwnership") && message.outputOwnership !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.outputOwnership);
                    if (message.legalTextUri != null && $Object.hasOwnProperty.call(message, "legalTextUri") && message.legalTextUri !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.legalTextUri);
                    if (message.legalTextHash != null && $Object.hasOwnProperty.call(message, "legalTextHash") && message.legalTextHash !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.legalTextHash);
                    if (message.jurisdictions != null && message.jurisdictions.length)
                        for (let i = 0; i < message.jurisdictions.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.jurisdictions[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                LicenseTerms.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.LicenseTerms();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.purposes && message.purposes.length))
                                        message.purposes = [];
                                    reader.int32s(message.purposes);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.purposes && message.purposes.length))
                                    message.purposes = [];
                                message.purposes.push(reader.int32());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.commercialUse = value;
                                else
                                    delete message.commercialUse;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.derivativesAllowed = value;
                                else
                                    delete message.derivativesAllowed;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.attributionRequired = value;
                                else
                                    delete message.attributionRequired;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.outputOwnership = value;
                                else
                                    delete message.outputOwnership;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.legalTextUri = value;
                                else
                                    delete message.legalTextUri;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.legalTextHash = value;
                                else
                                    delete message.legalTextHash;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.jurisdictions && message.jurisdictions.length))
                                    message.jurisdictions = [];
                                message.jurisdictions.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                LicenseTerms.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.LicenseTerms)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.LicenseTerms: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.LicenseTerms();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.purposes) {
                        if (!$Array.isArray(object.purposes))
                            throw $TypeError(".datum.dataasset.v1.LicenseTerms.purposes: array expected");
                        message.purposes = [];
                        for (let i = 0; i < object.purposes.length; ++i)
                            switch (object.purposes[i]) {
                            case "PURPOSE_UNSPECIFIED":
                            case 0:
                                message.purposes[message.purposes.length] = 0;
                                break;
                            case "PURPOSE_RESEARCH":
                            case 1:
                                message.purposes[message.purposes.length] = 1;
                                break;
                            case "PURPOSE_COMMERCIAL":
                            case 2:
                                message.purposes[message.purposes.length] = 2;
                                break;
                            case "PURPOSE_TRAINING":
                            case 3:
                                message.purposes[message.purposes.length] = 3;
                                break;
                            case "PURPOSE_INFERENCE":
                            case 4:
                                message.purposes[message.purposes.length] = 4;
                                break;
                            default:
                                if (typeof object.purposes[i] === "number" && (object.purposes[i] | 0) === object.purposes[i])
                                    message.purposes[message.purposes.length] = object.purposes[i];
                            }
                    }
                    if (object.commercialUse != null)
                        if (object.commercialUse)
                            message.commercialUse = $Boolean(object.commercialUse);
                    if (object.derivativesAllowed != null)
                        if (object.derivativesAllowed)
                            message.derivativesAllowed = $Boolean(object.derivativesAllowed);
                    if (object.attributionRequired != null)
                        if (object.attributionRequired)
                            message.attributionRequired = $Boolean(object.attributionRequired);
                    if (object.outputOwnership !== 0 && (typeof object.outputOwnership !== "string" || $root.datum.dataasset.v1.OutputOwnership[object.outputOwnership] !== 0))
                        switch (object.outputOwnership) {
                        case "OUTPUT_OWNERSHIP_UNSPECIFIED":
                        case 0:
                            message.outputOwnership = 0;
                            break;
                        case "OUTPUT_OWNERSHIP_REQUESTER":
                        case 1:
                            message.outputOwnership = 1;
                            break;
                        case "OUTPUT_OWNERSHIP_SHARED":
                        case 2:
                            message.outputOwnership = 2;
                            break;
                        default:
                            if (typeof object.outputOwnership === "number" && (object.outputOwnership | 0) === object.outputOwnership)
                                message.outputOwnership = object.outputOwnership;
                        }
                    if (object.legalTextUri != null)
                        if (typeof object.legalTextUri !== "string" || object.legalTextUri.length)
                            message.legalTextUri = $String(object.legalTextUri);
                    if (object.legalTextHash != null)
                        if (typeof object.legalTextHash !== "string" || object.legalTextHash.length)
                            message.legalTextHash = $String(object.legalTextHash);
                    if (object.jurisdictions) {
                        if (!$Array.isArray(object.jurisdictions))
                            throw $TypeError(".datum.dataasset.v1.LicenseTerms.jurisdictions: array expected");
                        message.jurisdictions = $Array(object.jurisdictions.length);
                        for (let i = 0; i < object.jurisdictions.length; ++i)
                            message.jurisdictions[i] = $String(object.jurisdictions[i]);
                    }
                    return message;
                };

                LicenseTerms.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.purposes = [];
                        object.jurisdictions = [];
                    }
                    if (options.defaults) {
                        object.id = "";
                        object.commercialUse = false;
                        object.derivativesAllowed = false;
                        object.attributionRequired = false;
                        object.outputOwnership = options.enums === $String ? "OUTPUT_OWNERSHIP_UNSPECIFIED" : 0;
                        object.legalTextUri = "";
                        object.legalTextHash = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.purposes && message.purposes.length) {
                        object.purposes = $Array(message.purposes.length);
                        for (let j = 0; j < message.purposes.length; ++j)
                            object.purposes[j] = options.enums === $String ? $root.datum.dataasset.v1.Purpose[message.purposes[j]] === $undefined ? message.purposes[j] : $root.datum.dataasset.v1.Purpose[message.purposes[j]] : message.purposes[j];
                    }
                    if (message.commercialUse != null && $Object.hasOwnProperty.call(message, "commercialUse"))
                        object.commercialUse = message.commercialUse;
                    if (message.derivativesAllowed != null && $Object.hasOwnProperty.call(message, "derivativesAllowed"))
                        object.derivativesAllowed = message.derivativesAllowed;
                    if (message.attributionRequired != null && $Object.hasOwnProperty.call(message, "attributionRequired"))
                        object.attributionRequired = message.attributionRequired;
                    if (message.outputOwnership != null && $Object.hasOwnProperty.call(message, "outputOwnership"))
                        object.outputOwnership = options.enums === $String ? $root.datum.dataasset.v1.OutputOwnership[message.outputOwnership] === $undefined ? message.outputOwnership : $root.datum.dataasset.v1.OutputOwnership[message.outputOwnership] : message.outputOwnership;
                    if (message.legalTextUri != null && $Object.hasOwnProperty.call(message, "legalTextUri"))
                        object.legalTextUri = message.legalTextUri;
                    if (message.legalTextHash != null && $Object.hasOwnProperty.call(message, "legalTextHash"))
                        object.legalTextHash = message.legalTextHash;
                    if (message.jurisdictions && message.jurisdictions.length) {
                        object.jurisdictions = $Array(message.jurisdictions.length);
                        for (let j = 0; j < message.jurisdictions.length; ++j)
                            object.jurisdictions[j] = message.jurisdictions[j];
                    }
                    return object;
                };

                LicenseTerms.prototype.toJSON = function() {
                    return LicenseTerms.toObject(this, $protobuf.util.toJSONOptions);
                };

                LicenseTerms.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.LicenseTerms";
                };

                return LicenseTerms;
            })();

            v1.PrivacyBudget = (function() {

                const PrivacyBudget = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PrivacyBudget.prototype.assetId = "";

                PrivacyBudget.prototype.version = 0;

                PrivacyBudget.prototype.totalMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                PrivacyBudget.prototype.reservedMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                PrivacyBudget.prototype.spentMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                PrivacyBudget.create = function(properties) {
                    return new PrivacyBudget(properties);
                };

                PrivacyBudget.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.totalMicro != null && $Object.hasOwnProperty.call(message, "totalMicro") && (typeof message.totalMicro === "object" ? message.totalMicro.low || message.totalMicro.high : message.totalMicro !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalMicro);
                    if (message.reservedMicro != null && $Object.hasOwnProperty.call(message, "reservedMicro") && (typeof message.reservedMicro === "object" ? message.reservedMicro.low || message.reservedMicro.high : message.reservedMicro !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.reservedMicro);
                    if (message.spentMicro != null && $Object.hasOwnProperty.call(message, "spentMicro") && (typeof message.spentMicro === "object" ? message.spentMicro.low || message.spentMicro.high : message.spentMicro !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.spentMicro);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PrivacyBudget.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.PrivacyBudget();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalMicro = value;
                                else
                                    delete message.totalMicro;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.reservedMicro = value;
                                else
                                    delete message.reservedMicro;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.spentMicro = value;
                                else
                                    delete message.spentMicro;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                PrivacyBudget.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.PrivacyBudget)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.PrivacyBudget: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.PrivacyBudget();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    if (object.totalMicro != null)
                        if (typeof object.totalMicro === "object" ? object.totalMicro.low || object.totalMicro.high : $Number(object.totalMicro) !== 0)
                            if ($util.Long)
                                message.totalMicro = $util.Long.fromValue(object.totalMicro, true);
                            else if (typeof object.totalMicro === "string")
                                message.totalMicro = $parseInt(object.totalMicro, 10);
                            else if (typeof object.totalMicro === "number")
                                message.totalMicro = object.totalMicro;
                            else if (typeof object.totalMicro === "object")
                                message.totalMicro = new $util.LongBits(object.totalMicro.low >>> 0, object.totalMicro.high >>> 0).toNumber(true);
                    if (object.reservedMicro != null)
                        if (typeof object.reservedMicro === "object" ? object.reservedMicro.low || object.reservedMicro.high : $Number(object.reservedMicro) !== 0)
                            if ($util.Long)
                                message.reservedMicro = $util.Long.fromValue(object.reservedMicro, true);
                            else if (typeof object.reservedMicro === "string")
                                message.reservedMicro = $parseInt(object.reservedMicro, 10);
                            else if (typeof object.reservedMicro === "number")
                                message.reservedMicro = object.reservedMicro;
                            else if (typeof object.reservedMicro === "object")
                                message.reservedMicro = new $util.LongBits(object.reservedMicro.low >>> 0, object.reservedMicro.high >>> 0).toNumber(true);
                    if (object.spentMicro != null)
                        if (typeof object.spentMicro === "object" ? object.spentMicro.low || object.spentMicro.high : $Number(object.spentMicro) !== 0)
                            if ($util.Long)
                                message.spentMicro = $util.Long.fromValue(object.spentMicro, true);
                            else if (typeof object.spentMicro === "string")
                                message.spentMicro = $parseInt(object.spentMicro, 10);
                            else if (typeof object.spentMicro === "number")
                                message.spentMicro = object.spentMicro;
                            else if (typeof object.spentMicro === "object")
                                message.spentMicro = new $util.LongBits(object.spentMicro.low >>> 0, object.spentMicro.high >>> 0).toNumber(true);
                    return message;
                };

                PrivacyBudget.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.assetId = "";
                        object.version = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.totalMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.reservedMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.reservedMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.spentMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.spentMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    if (message.totalMicro != null && $Object.hasOwnProperty.call(message, "totalMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalMicro = typeof message.totalMicro === "number" ? $BigInt(message.totalMicro) : $util.Long.fromBits(message.totalMicro.low >>> 0, message.totalMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.totalMicro === "number")
                            object.totalMicro = options.longs === $String ? $String(message.totalMicro) : message.totalMicro;
                        else
                            object.totalMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMicro) : options.longs === $Number ? new $util.LongBits(message.totalMicro.low >>> 0, message.totalMicro.high >>> 0).toNumber(true) : message.totalMicro;
                    if (message.reservedMicro != null && $Object.hasOwnProperty.call(message, "reservedMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.reservedMicro = typeof message.reservedMicro === "number" ? $BigInt(message.reservedMicro) : $util.Long.fromBits(message.reservedMicro.low >>> 0, message.reservedMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.reservedMicro === "number")
                            object.reservedMicro = options.longs === $String ? $String(message.reservedMicro) : message.reservedMicro;
                        else
                            object.reservedMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.reservedMicro) : options.longs === $Number ? new $util.LongBits(message.reservedMicro.low >>> 0, message.reservedMicro.high >>> 0).toNumber(true) : message.reservedMicro;
                    if (message.spentMicro != null && $Object.hasOwnProperty.call(message, "spentMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.spentMicro = typeof message.spentMicro === "number" ? $BigInt(message.spentMicro) : $util.Long.fromBits(message.spentMicro.low >>> 0, message.spentMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.spentMicro === "number")
                            object.spentMicro = options.longs === $String ? $String(message.spentMicro) : message.spentMicro;
                        else
                            object.spentMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.spentMicro) : options.longs === $Number ? new $util.LongBits(message.spentMicro.low >>> 0, message.spentMicro.high >>> 0).toNumber(true) : message.spentMicro;
                    return object;
                };

                PrivacyBudget.prototype.toJSON = function() {
                    return PrivacyBudget.toObject(this, $protobuf.util.toJSONOptions);
                };

                PrivacyBudget.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.PrivacyBudget";
                };

                return PrivacyBudget;
            })();

            v1.UsageRecord = (function() {

                const UsageRecord = function (properties) {
                    this.executors = [];
                    this.feePaid = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                UsageRecord.prototype.assetId = "";

                UsageRecord.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                UsageRecord.prototype.assetVersion = 0;

                UsageRecord.prototype.jobId = "";

                UsageRecord.prototype.rightId = "";

                UsageRecord.prototype.requester = "";

                UsageRecord.prototype.codeHash = "";

                UsageRecord.prototype.mechanism = 0;

                UsageRecord.prototype.epsilonMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                UsageRecord.prototype.executors = $util.emptyArray;

                UsageRecord.prototype.resultDigest = "";

                UsageRecord.prototype.feePaid = $util.emptyArray;

                UsageRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                UsageRecord.create = function(properties) {
                    return new UsageRecord(properties);
                };

                UsageRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                    if (message.assetVersion != null && $Object.hasOwnProperty.call(message, "assetVersion") && message.assetVersion !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.assetVersion);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.jobId);
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && message.rightId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.rightId);
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.requester);
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.codeHash);
                    if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism") && message.mechanism !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.mechanism);
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro") && (typeof message.epsilonMicro === "object" ? message.epsilonMicro.low || message.epsilonMicro.high : message.epsilonMicro !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.epsilonMicro);
                    if (message.executors != null && message.executors.length)
                        for (let i = 0; i < message.executors.length; ++i)
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.executors[i]);
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest") && message.resultDigest !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.resultDigest);
                    if (message.feePaid != null && message.feePaid.length)
                        for (let i = 0; i < message.feePaid.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.feePaid[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).int64(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                UsageRecord.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.UsageRecord();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sequence = value;
                                else
                                    delete message.sequence;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.assetVersion = value;
                                else
                                    delete message.assetVersion;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requester = value;
                                else
                                    delete message.requester;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.mechanism = value;
                                else
                                    delete message.mechanism;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonMicro = value;
                                else
                                    delete message.epsilonMicro;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.executors && message.executors.length))
                                    message.executors = [];
                                message.executors.push(reader.stringVerify());
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.resultDigest = value;
                                else
                                    delete message.resultDigest;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.feePaid && message.feePaid.length))
                                    message.feePaid = [];
                                message.feePaid.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                UsageRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.UsageRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.UsageRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.UsageRecord();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.sequence != null)
                        if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                            if ($util.Long)
                                message.sequence = $util.Long.fromValue(object.sequence, true);
                            else if (typeof object.sequence === "string")
                                message.sequence = $parseInt(object.sequence, 10);
                            else if (typeof object.sequence === "number")
                                message.sequence = object.sequence;
                            else if (typeof object.sequence === "object")
                                message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                    if (object.assetVersion != null)
                        if ($Number(object.assetVersion) !== 0)
                            message.assetVersion = object.assetVersion >>> 0;
                    if (object.jobId != null)
                        if (typeof object.jobId !== "string" || object.jobId.length)
                            message.jobId = $String(object.jobId);
                    if (object.rightId != null)
                        if (typeof object.rightId !== "string" || object.rightId.length)
                            message.rightId = $String(object.rightId);
                    if (object.requester != null)
                        if (typeof object.requester !== "string" || object.requester.length)
                            message.requester = $String(object.requester);
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.mechanism !== 0 && (typeof object.mechanism !== "string" || $root.datum.dataasset.v1.Mechanism[object.mechanism] !== 0))
                        switch (object.mechanism) {
                        case "MECHANISM_UNSPECIFIED":
                        case 0:
                            message.mechanism = 0;
                            break;
                        case "MECHANISM_TEE":
                        case 1:
                            message.mechanism = 1;
                            break;
                        case "MECHANISM_MPC":
                        case 2:
                            message.mechanism = 2;
                            break;
                        case "MECHANISM_DP":
                        case 3:
                            message.mechanism = 3;
                            break;
                        case "MECHANISM_FL":
                        case 4:
                            message.mechanism = 4;
                            break;
                        case "MECHANISM_REPLICATED":
                        case 5:
                            message.mechanism = 5;
                            break;
                        default:
                            if (typeof object.mechanism === "number" && (object.mechanism | 0) === object.mechanism)
                                message.mechanism = object.mechanism;
                        }
                    if (object.epsilonMicro != null)
                        if (typeof object.epsilonMicro === "object" ? object.epsilonMicro.low || object.epsilonMicro.high : $Number(object.epsilonMicro) !== 0)
                            if ($util.Long)
                                message.epsilonMicro = $util.Long.fromValue(object.epsilonMicro, true);
                            else if (typeof object.epsilonMicro === "string")
                                message.epsilonMicro = $parseInt(object.epsilonMicro, 10);
                            else if (typeof object.epsilonMicro === "number")
                                message.epsilonMicro = object.epsilonMicro;
                            else if (typeof object.epsilonMicro === "object")
                                message.epsilonMicro = new $util.LongBits(object.epsilonMicro.low >>> 0, object.epsilonMicro.high >>> 0).toNumber(true);
                    if (object.executors) {
                        if (!$Array.isArray(object.executors))
                            throw $TypeError(".datum.dataasset.v1.UsageRecord.executors: array expected");
                        message.executors = $Array(object.executors.length);
                        for (let i = 0; i < object.executors.length; ++i)
                            message.executors[i] = $String(object.executors[i]);
                    }
                    if (object.resultDigest != null)
                        if (typeof object.resultDigest !== "string" || object.resultDigest.length)
                            message.resultDigest = $String(object.resultDigest);
                    if (object.feePaid) {
                        if (!$Array.isArray(object.feePaid))
                            throw $TypeError(".datum.dataasset.v1.UsageRecord.feePaid: array expected");
                        message.feePaid = $Array(object.feePaid.length);
                        for (let i = 0; i < object.feePaid.length; ++i) {
                            if (!$util.isObject(object.feePaid[i]))
                                throw $TypeError(".datum.dataasset.v1.UsageRecord.feePaid: object expected");
                            message.feePaid[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.feePaid[i], _depth + 1);
                        }
                    }
                    if (object.height != null)
                        if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                            if ($util.Long)
                                message.height = $util.Long.fromValue(object.height, false);
                            else if (typeof object.height === "string")
                                message.height = $parseInt(object.height, 10);
                            else if (typeof object.height === "number")
                                message.height = object.height;
                            else if (typeof object.height === "object")
                                message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                    return message;
                };

                UsageRecord.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.executors = [];
                        object.feePaid = [];
                    }
                    if (options.defaults) {
                        object.assetId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.assetVersion = 0;
                        object.jobId = "";
                        object.rightId = "";
                        object.requester = "";
                        object.codeHash = "";
                        object.mechanism = options.enums === $String ? "MECHANISM_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.resultDigest = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                        else if (typeof message.sequence === "number")
                            object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                        else
                            object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                    if (message.assetVersion != null && $Object.hasOwnProperty.call(message, "assetVersion"))
                        object.assetVersion = message.assetVersion;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        object.jobId = message.jobId;
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        object.rightId = message.rightId;
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                        object.requester = message.requester;
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism"))
                        object.mechanism = options.enums === $String ? $root.datum.dataasset.v1.Mechanism[message.mechanism] === $undefined ? message.mechanism : $root.datum.dataasset.v1.Mechanism[message.mechanism] : message.mechanism;
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonMicro = typeof message.epsilonMicro === "number" ? $BigInt(message.epsilonMicro) : $util.Long.fromBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonMicro === "number")
                            object.epsilonMicro = options.longs === $String ? $String(message.epsilonMicro) : message.epsilonMicro;
                        else
                            object.epsilonMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0).toNumber(true) : message.epsilonMicro;
                    if (message.executors && message.executors.length) {
                        object.executors = $Array(message.executors.length);
                        for (let j = 0; j < message.executors.length; ++j)
                            object.executors[j] = message.executors[j];
                    }
                    if (message.resultDigest != null && $Object.hasOwnProperty.call(message, "resultDigest"))
                        object.resultDigest = message.resultDigest;
                    if (message.feePaid && message.feePaid.length) {
                        object.feePaid = $Array(message.feePaid.length);
                        for (let j = 0; j < message.feePaid.length; ++j)
                            object.feePaid[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.feePaid[j], options, _depth + 1);
                    }
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                    return object;
                };

                UsageRecord.prototype.toJSON = function() {
                    return UsageRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                UsageRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.UsageRecord";
                };

                return UsageRecord;
            })();

            v1.Params = (function() {

                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Params.prototype.maxContributors = 0;

                Params.prototype.maxAllowlistEntries = 0;

                Params.prototype.maxRegions = 0;

                Params.prototype.maxTags = 0;

                Params.create = function(properties) {
                    return new Params(properties);
                };

                Params.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maxContributors != null && $Object.hasOwnProperty.call(message, "maxContributors") && message.maxContributors !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxContributors);
                    if (message.maxAllowlistEntries != null && $Object.hasOwnProperty.call(message, "maxAllowlistEntries") && message.maxAllowlistEntries !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxAllowlistEntries);
                    if (message.maxRegions != null && $Object.hasOwnProperty.call(message, "maxRegions") && message.maxRegions !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxRegions);
                    if (message.maxTags != null && $Object.hasOwnProperty.call(message, "maxTags") && message.maxTags !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxTags);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Params.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.Params();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxContributors = value;
                                else
                                    delete message.maxContributors;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxAllowlistEntries = value;
                                else
                                    delete message.maxAllowlistEntries;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxRegions = value;
                                else
                                    delete message.maxRegions;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxTags = value;
                                else
                                    delete message.maxTags;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.Params();
                    if (object.maxContributors != null)
                        if ($Number(object.maxContributors) !== 0)
                            message.maxContributors = object.maxContributors >>> 0;
                    if (object.maxAllowlistEntries != null)
                        if ($Number(object.maxAllowlistEntries) !== 0)
                            message.maxAllowlistEntries = object.maxAllowlistEntries >>> 0;
                    if (object.maxRegions != null)
                        if ($Number(object.maxRegions) !== 0)
                            message.maxRegions = object.maxRegions >>> 0;
                    if (object.maxTags != null)
                        if ($Number(object.maxTags) !== 0)
                            message.maxTags = object.maxTags >>> 0;
                    return message;
                };

                Params.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.maxContributors = 0;
                        object.maxAllowlistEntries = 0;
                        object.maxRegions = 0;
                        object.maxTags = 0;
                    }
                    if (message.maxContributors != null && $Object.hasOwnProperty.call(message, "maxContributors"))
                        object.maxContributors = message.maxContributors;
                    if (message.maxAllowlistEntries != null && $Object.hasOwnProperty.call(message, "maxAllowlistEntries"))
                        object.maxAllowlistEntries = message.maxAllowlistEntries;
                    if (message.maxRegions != null && $Object.hasOwnProperty.call(message, "maxRegions"))
                        object.maxRegions = message.maxRegions;
                    if (message.maxTags != null && $Object.hasOwnProperty.call(message, "maxTags"))
                        object.maxTags = message.maxTags;
                    return object;
                };

                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.Params";
                };

                return Params;
            })();

            v1.GenesisState = (function() {

                const GenesisState = function (properties) {
                    this.licenseTerms = [];
                    this.assets = [];
                    this.budgets = [];
                    this.usageRecords = [];
                    this.usedContentHashes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GenesisState.prototype.params = null;

                GenesisState.prototype.licenseTerms = $util.emptyArray;

                GenesisState.prototype.assets = $util.emptyArray;

                GenesisState.prototype.budgets = $util.emptyArray;

                GenesisState.prototype.usageRecords = $util.emptyArray;

                GenesisState.prototype.assetSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                GenesisState.prototype.usedContentHashes = $util.emptyArray;

                GenesisState.create = function(properties) {
                    return new GenesisState(properties);
                };

                GenesisState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.datum.dataasset.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.licenseTerms != null && message.licenseTerms.length)
                        for (let i = 0; i < message.licenseTerms.length; ++i)
                            $root.datum.dataasset.v1.LicenseTerms.encode(message.licenseTerms[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.assets != null && message.assets.length)
                        for (let i = 0; i < message.assets.length; ++i)
                            $root.datum.dataasset.v1.DataAsset.encode(message.assets[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.budgets != null && message.budgets.length)
                        for (let i = 0; i < message.budgets.length; ++i)
                            $root.datum.dataasset.v1.PrivacyBudget.encode(message.budgets[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.usageRecords != null && message.usageRecords.length)
                        for (let i = 0; i < message.usageRecords.length; ++i)
                            $root.datum.dataasset.v1.UsageRecord.encode(message.usageRecords[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.assetSequence != null && $Object.hasOwnProperty.call(message, "assetSequence") && (typeof message.assetSequence === "object" ? message.assetSequence.low || message.assetSequence.high : message.assetSequence !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.assetSequence);
                    if (message.usedContentHashes != null && message.usedContentHashes.length)
                        for (let i = 0; i < message.usedContentHashes.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.usedContentHashes[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GenesisState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.GenesisState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.datum.dataasset.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.licenseTerms && message.licenseTerms.length))
                                    message.licenseTerms = [];
                                message.licenseTerms.push($root.datum.dataasset.v1.LicenseTerms.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.assets && message.assets.length))
                                    message.assets = [];
                                message.assets.push($root.datum.dataasset.v1.DataAsset.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.budgets && message.budgets.length))
                                    message.budgets = [];
                                message.budgets.push($root.datum.dataasset.v1.PrivacyBudget.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.usageRecords && message.usageRecords.length))
                                    message.usageRecords = [];
                                message.usageRecords.push($root.datum.dataasset.v1.UsageRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.assetSequence = value;
                                else
                                    delete message.assetSequence;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.usedContentHashes && message.usedContentHashes.length))
                                    message.usedContentHashes = [];
                                message.usedContentHashes.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                GenesisState.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.GenesisState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.GenesisState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.GenesisState();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".datum.dataasset.v1.GenesisState.params: object expected");
                        message.params = $root.datum.dataasset.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    if (object.licenseTerms) {
                        if (!$Array.isArray(object.licenseTerms))
                            throw $TypeError(".datum.dataasset.v1.GenesisState.licenseTerms: array expected");
                        message.licenseTerms = $Array(object.licenseTerms.length);
                        for (let i = 0; i < object.licenseTerms.length; ++i) {
                            if (!$util.isObject(object.licenseTerms[i]))
                                throw $TypeError(".datum.dataasset.v1.GenesisState.licenseTerms: object expected");
                            message.licenseTerms[i] = $root.datum.dataasset.v1.LicenseTerms.fromObject(object.licenseTerms[i], _depth + 1);
                        }
                    }
                    if (object.assets) {
                        if (!$Array.isArray(object.assets))
                            throw $TypeError(".datum.dataasset.v1.GenesisState.assets: array expected");
                        message.assets = $Array(object.assets.length);
                        for (let i = 0; i < object.assets.length; ++i) {
                            if (!$util.isObject(object.assets[i]))
                                throw $TypeError(".datum.dataasset.v1.GenesisState.assets: object expected");
                            message.assets[i] = $root.datum.dataasset.v1.DataAsset.fromObject(object.assets[i], _depth + 1);
                        }
                    }
                    if (object.budgets) {
                        if (!$Array.isArray(object.budgets))
                            throw $TypeError(".datum.dataasset.v1.GenesisState.budgets: array expected");
                        message.budgets = $Array(object.budgets.length);
                        for (let i = 0; i < object.budgets.length; ++i) {
                            if (!$util.isObject(object.budgets[i]))
                                throw $TypeError(".datum.dataasset.v1.GenesisState.budgets: object expected");
                            message.budgets[i] = $root.datum.dataasset.v1.PrivacyBudget.fromObject(object.budgets[i], _depth + 1);
                        }
                    }
                    if (object.usageRecords) {
                        if (!$Array.isArray(object.usageRecords))
                            throw $TypeError(".datum.dataasset.v1.GenesisState.usageRecords: array expected");
                        message.usageRecords = $Array(object.usageRecords.length);
                        for (let i = 0; i < object.usageRecords.length; ++i) {
                            if (!$util.isObject(object.usageRecords[i]))
                                throw $TypeError(".datum.dataasset.v1.GenesisState.usageRecords: object expected");
                            message.usageRecords[i] = $root.datum.dataasset.v1.UsageRecord.fromObject(object.usageRecords[i], _depth + 1);
                        }
                    }
                    if (object.assetSequence != null)
                        if (typeof object.assetSequence === "object" ? object.assetSequence.low || object.assetSequence.high : $Number(object.assetSequence) !== 0)
                            if ($util.Long)
                                message.assetSequence = $util.Long.fromValue(object.assetSequence, true);
                            else if (typeof object.assetSequence === "string")
                                message.assetSequence = $parseInt(object.assetSequence, 10);
                            else if (typeof object.assetSequence === "number")
                                message.assetSequence = object.assetSequence;
                            else if (typeof object.assetSequence === "object")
                                message.assetSequence = new $util.LongBits(object.assetSequence.low >>> 0, object.assetSequence.high >>> 0).toNumber(true);
                    if (object.usedContentHashes) {
                        if (!$Array.isArray(object.usedContentHashes))
                            throw $TypeError(".datum.dataasset.v1.GenesisState.usedContentHashes: array expected");
                        message.usedContentHashes = $Array(object.usedContentHashes.length);
                        for (let i = 0; i < object.usedContentHashes.length; ++i)
                            message.usedContentHashes[i] = $String(object.usedContentHashes[i]);
                    }
                    return message;
                };

                GenesisState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.licenseTerms = [];
                        object.assets = [];
                        object.budgets = [];
                        object.usageRecords = [];
                        object.usedContentHashes = [];
                    }
                    if (options.defaults) {
                        object.params = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.assetSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.assetSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.datum.dataasset.v1.Params.toObject(message.params, options, _depth + 1);
                    if (message.licenseTerms && message.licenseTerms.length) {
                        object.licenseTerms = $Array(message.licenseTerms.length);
                        for (let j = 0; j < message.licenseTerms.length; ++j)
                            object.licenseTerms[j] = $root.datum.dataasset.v1.LicenseTerms.toObject(message.licenseTerms[j], options, _depth + 1);
                    }
                    if (message.assets && message.assets.length) {
                        object.assets = $Array(message.assets.length);
                        for (let j = 0; j < message.assets.length; ++j)
                            object.assets[j] = $root.datum.dataasset.v1.DataAsset.toObject(message.assets[j], options, _depth + 1);
                    }
                    if (message.budgets && message.budgets.length) {
                        object.budgets = $Array(message.budgets.length);
                        for (let j = 0; j < message.budgets.length; ++j)
                            object.budgets[j] = $root.datum.dataasset.v1.PrivacyBudget.toObject(message.budgets[j], options, _depth + 1);
                    }
                    if (message.usageRecords && message.usageRecords.length) {
                        object.usageRecords = $Array(message.usageRecords.length);
                        for (let j = 0; j < message.usageRecords.length; ++j)
                            object.usageRecords[j] = $root.datum.dataasset.v1.UsageRecord.toObject(message.usageRecords[j], options, _depth + 1);
                    }
                    if (message.assetSequence != null && $Object.hasOwnProperty.call(message, "assetSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.assetSequence = typeof message.assetSequence === "number" ? $BigInt(message.assetSequence) : $util.Long.fromBits(message.assetSequence.low >>> 0, message.assetSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.assetSequence === "number")
                            object.assetSequence = options.longs === $String ? $String(message.assetSequence) : message.assetSequence;
                        else
                            object.assetSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.assetSequence) : options.longs === $Number ? new $util.LongBits(message.assetSequence.low >>> 0, message.assetSequence.high >>> 0).toNumber(true) : message.assetSequence;
                    if (message.usedContentHashes && message.usedContentHashes.length) {
                        object.usedContentHashes = $Array(message.usedContentHashes.length);
                        for (let j = 0; j < message.usedContentHashes.length; ++j)
                            object.usedContentHashes[j] = message.usedContentHashes[j];
                    }
                    return object;
                };

                GenesisState.prototype.toJSON = function() {
                    return GenesisState.toObject(this, $protobuf.util.toJSONOptions);
                };

                GenesisState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.QueryAssetRequest = (function() {

                const QueryAssetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetRequest.prototype.id = "";

                QueryAssetRequest.create = function(properties) {
                    return new QueryAssetRequest(properties);
                };

                QueryAssetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                QueryAssetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                QueryAssetRequest.prototype.toJSON = function() {
                    return QueryAssetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetRequest";
                };

                return QueryAssetRequest;
            })();

            v1.QueryAssetResponse = (function() {

                const QueryAssetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetResponse.prototype.asset = null;

                QueryAssetResponse.create = function(properties) {
                    return new QueryAssetResponse(properties);
                };

                QueryAssetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.asset != null && $Object.hasOwnProperty.call(message, "asset"))
                        $root.datum.dataasset.v1.DataAsset.encode(message.asset, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.asset = $root.datum.dataasset.v1.DataAsset.decode(reader, reader.size(), $undefined, _depth + 1, message.asset);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetResponse();
                    if (object.asset != null) {
                        if (!$util.isObject(object.asset))
                            throw $TypeError(".datum.dataasset.v1.QueryAssetResponse.asset: object expected");
                        message.asset = $root.datum.dataasset.v1.DataAsset.fromObject(object.asset, _depth + 1);
                    }
                    return message;
                };

                QueryAssetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.asset = null;
                    if (message.asset != null && $Object.hasOwnProperty.call(message, "asset"))
                        object.asset = $root.datum.dataasset.v1.DataAsset.toObject(message.asset, options, _depth + 1);
                    return object;
                };

                QueryAssetResponse.prototype.toJSON = function() {
                    return QueryAssetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetResponse";
                };

                return QueryAssetResponse;
            })();

            v1.QueryAssetsByOwnerRequest = (function() {

                const QueryAssetsByOwnerRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetsByOwnerRequest.prototype.owner = "";

                QueryAssetsByOwnerRequest.prototype.pagination = null;

                QueryAssetsByOwnerRequest.create = function(properties) {
                    return new QueryAssetsByOwnerRequest(properties);
                };

                QueryAssetsByOwnerRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetsByOwnerRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetsByOwnerRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetsByOwnerRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetsByOwnerRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetsByOwnerRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetsByOwnerRequest();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.dataasset.v1.QueryAssetsByOwnerRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryAssetsByOwnerRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.pagination = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryAssetsByOwnerRequest.prototype.toJSON = function() {
                    return QueryAssetsByOwnerRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetsByOwnerRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetsByOwnerRequest";
                };

                return QueryAssetsByOwnerRequest;
            })();

            v1.QueryAssetsByStateRequest = (function() {

                const QueryAssetsByStateRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetsByStateRequest.prototype.state = 0;

                QueryAssetsByStateRequest.prototype.pagination = null;

                QueryAssetsByStateRequest.create = function(properties) {
                    return new QueryAssetsByStateRequest(properties);
                };

                QueryAssetsByStateRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetsByStateRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetsByStateRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetsByStateRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetsByStateRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetsByStateRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetsByStateRequest();
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.dataasset.v1.AssetState[object.state] !== 0))
                        switch (object.state) {
                        case "ASSET_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "ASSET_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "ASSET_STATE_ORDERING_PAUSED":
                        case 2:
                            message.state = 2;
                            break;
                        case "ASSET_STATE_UNLISTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "ASSET_STATE_END_OF_LIFE":
                        case 4:
                            message.state = 4;
                            break;
                        case "ASSET_STATE_DEPRECATED":
                        case 5:
                            message.state = 5;
                            break;
                        case "ASSET_STATE_REVOKED":
                        case 6:
                            message.state = 6;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.dataasset.v1.QueryAssetsByStateRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryAssetsByStateRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.state = options.enums === $String ? "ASSET_STATE_UNSPECIFIED" : 0;
                        object.pagination = null;
                    }
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.dataasset.v1.AssetState[message.state] === $undefined ? message.state : $root.datum.dataasset.v1.AssetState[message.state] : message.state;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryAssetsByStateRequest.prototype.toJSON = function() {
                    return QueryAssetsByStateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetsByStateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetsByStateRequest";
                };

                return QueryAssetsByStateRequest;
            })();

            v1.QueryAssetsByTagRequest = (function() {

                const QueryAssetsByTagRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetsByTagRequest.prototype.tag = "";

                QueryAssetsByTagRequest.prototype.pagination = null;

                QueryAssetsByTagRequest.create = function(properties) {
                    return new QueryAssetsByTagRequest(properties);
                };

                QueryAssetsByTagRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetsByTagRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetsByTagRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tag = value;
                                else
                                    delete message.tag;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetsByTagRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetsByTagRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetsByTagRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetsByTagRequest();
                    if (object.tag != null)
                        if (typeof object.tag !== "string" || object.tag.length)
                            message.tag = $String(object.tag);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.dataasset.v1.QueryAssetsByTagRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryAssetsByTagRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.tag = "";
                        object.pagination = null;
                    }
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                        object.tag = message.tag;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryAssetsByTagRequest.prototype.toJSON = function() {
                    return QueryAssetsByTagRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetsByTagRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetsByTagRequest";
                };

                return QueryAssetsByTagRequest;
            })();

            v1.QueryAssetsResponse = (function() {

                const QueryAssetsResponse = function (properties) {
                    this.assets = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetsResponse.prototype.assets = $util.emptyArray;

                QueryAssetsResponse.prototype.pagination = null;

                QueryAssetsResponse.create = function(properties) {
                    return new QueryAssetsResponse(properties);
                };

                QueryAssetsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assets != null && message.assets.length)
                        for (let i = 0; i < message.assets.length; ++i)
                            $root.datum.dataasset.v1.DataAsset.encode(message.assets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.assets && message.assets.length))
                                    message.assets = [];
                                message.assets.push($root.datum.dataasset.v1.DataAsset.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetsResponse();
                    if (object.assets) {
                        if (!$Array.isArray(object.assets))
                            throw $TypeError(".datum.dataasset.v1.QueryAssetsResponse.assets: array expected");
                        message.assets = $Array(object.assets.length);
                        for (let i = 0; i < object.assets.length; ++i) {
                            if (!$util.isObject(object.assets[i]))
                                throw $TypeError(".datum.dataasset.v1.QueryAssetsResponse.assets: object expected");
                            message.assets[i] = $root.datum.dataasset.v1.DataAsset.fromObject(object.assets[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.dataasset.v1.QueryAssetsResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryAssetsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.assets = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.assets && message.assets.length) {
                        object.assets = $Array(message.assets.length);
                        for (let j = 0; j < message.assets.length; ++j)
                            object.assets[j] = $root.datum.dataasset.v1.DataAsset.toObject(message.assets[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryAssetsResponse.prototype.toJSON = function() {
                    return QueryAssetsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetsResponse";
                };

                return QueryAssetsResponse;
            })();

            v1.QueryAssetByContentHashRequest = (function() {

                const QueryAssetByContentHashRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryAssetByContentHashRequest.prototype.contentHash = "";

                QueryAssetByContentHashRequest.create = function(properties) {
                    return new QueryAssetByContentHashRequest(properties);
                };

                QueryAssetByContentHashRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.contentHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryAssetByContentHashRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryAssetByContentHashRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryAssetByContentHashRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryAssetByContentHashRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryAssetByContentHashRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryAssetByContentHashRequest();
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    return message;
                };

                QueryAssetByContentHashRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.contentHash = "";
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    return object;
                };

                QueryAssetByContentHashRequest.prototype.toJSON = function() {
                    return QueryAssetByContentHashRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryAssetByContentHashRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryAssetByContentHashRequest";
                };

                return QueryAssetByContentHashRequest;
            })();

            v1.QueryLicenseTermsRequest = (function() {

                const QueryLicenseTermsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryLicenseTermsRequest.prototype.id = "";

                QueryLicenseTermsRequest.create = function(properties) {
                    return new QueryLicenseTermsRequest(properties);
                };

                QueryLicenseTermsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryLicenseTermsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryLicenseTermsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryLicenseTermsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryLicenseTermsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryLicenseTermsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryLicenseTermsRequest();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                QueryLicenseTermsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                QueryLicenseTermsRequest.prototype.toJSON = function() {
                    return QueryLicenseTermsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryLicenseTermsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryLicenseTermsRequest";
                };

                return QueryLicenseTermsRequest;
            })();

            v1.QueryLicenseTermsResponse = (function() {

                const QueryLicenseTermsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryLicenseTermsResponse.prototype.terms = null;

                QueryLicenseTermsResponse.create = function(properties) {
                    return new QueryLicenseTermsResponse(properties);
                };

                QueryLicenseTermsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        $root.datum.dataasset.v1.LicenseTerms.encode(message.terms, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryLicenseTermsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryLicenseTermsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.terms = $root.datum.dataasset.v1.LicenseTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryLicenseTermsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryLicenseTermsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryLicenseTermsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryLicenseTermsResponse();
                    if (object.terms != null) {
                        if (!$util.isObject(object.terms))
                            throw $TypeError(".datum.dataasset.v1.QueryLicenseTermsResponse.terms: object expected");
                        message.terms = $root.datum.dataasset.v1.LicenseTerms.fromObject(object.terms, _depth + 1);
                    }
                    return message;
                };

                QueryLicenseTermsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.terms = null;
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        object.terms = $root.datum.dataasset.v1.LicenseTerms.toObject(message.terms, options, _depth + 1);
                    return object;
                };

                QueryLicenseTermsResponse.prototype.toJSON = function() {
                    return QueryLicenseTermsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryLicenseTermsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryLicenseTermsResponse";
                };

                return QueryLicenseTermsResponse;
            })();

            v1.QueryPrivacyBudgetRequest = (function() {

                const QueryPrivacyBudgetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryPrivacyBudgetRequest.prototype.assetId = "";

                QueryPrivacyBudgetRequest.prototype.version = 0;

                QueryPrivacyBudgetRequest.create = function(properties) {
                    return new QueryPrivacyBudgetRequest(properties);
                };

                QueryPrivacyBudgetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryPrivacyBudgetRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryPrivacyBudgetRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryPrivacyBudgetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryPrivacyBudgetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryPrivacyBudgetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryPrivacyBudgetRequest();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    return message;
                };

                QueryPrivacyBudgetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.assetId = "";
                        object.version = 0;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    return object;
                };

                QueryPrivacyBudgetRequest.prototype.toJSON = function() {
                    return QueryPrivacyBudgetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryPrivacyBudgetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryPrivacyBudgetRequest";
                };

                return QueryPrivacyBudgetRequest;
            })();

            v1.QueryPrivacyBudgetResponse = (function() {

                const QueryPrivacyBudgetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryPrivacyBudgetResponse.prototype.budget = null;

                QueryPrivacyBudgetResponse.prototype.remainingMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryPrivacyBudgetResponse.create = function(properties) {
                    return new QueryPrivacyBudgetResponse(properties);
                };

                QueryPrivacyBudgetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.budget != null && $Object.hasOwnProperty.call(message, "budget"))
                        $root.datum.dataasset.v1.PrivacyBudget.encode(message.budget, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.remainingMicro != null && $Object.hasOwnProperty.call(message, "remainingMicro") && (typeof message.remainingMicro === "object" ? message.remainingMicro.low || message.remainingMicro.high : message.remainingMicro !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.remainingMicro);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryPrivacyBudgetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryPrivacyBudgetResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.budget = $root.datum.dataasset.v1.PrivacyBudget.decode(reader, reader.size(), $undefined, _depth + 1, message.budget);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.remainingMicro = value;
                                else
                                    delete message.remainingMicro;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryPrivacyBudgetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryPrivacyBudgetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryPrivacyBudgetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryPrivacyBudgetResponse();
                    if (object.budget != null) {
                        if (!$util.isObject(object.budget))
                            throw $TypeError(".datum.dataasset.v1.QueryPrivacyBudgetResponse.budget: object expected");
                        message.budget = $root.datum.dataasset.v1.PrivacyBudget.fromObject(object.budget, _depth + 1);
                    }
                    if (object.remainingMicro != null)
                        if (typeof object.remainingMicro === "object" ? object.remainingMicro.low || object.remainingMicro.high : $Number(object.remainingMicro) !== 0)
                            if ($util.Long)
                                message.remainingMicro = $util.Long.fromValue(object.remainingMicro, true);
                            else if (typeof object.remainingMicro === "string")
                                message.remainingMicro = $parseInt(object.remainingMicro, 10);
                            else if (typeof object.remainingMicro === "number")
                                message.remainingMicro = object.remainingMicro;
                            else if (typeof object.remainingMicro === "object")
                                message.remainingMicro = new $util.LongBits(object.remainingMicro.low >>> 0, object.remainingMicro.high >>> 0).toNumber(true);
                    return message;
                };

                QueryPrivacyBudgetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.budget = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.remainingMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.remainingMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.budget != null && $Object.hasOwnProperty.call(message, "budget"))
                        object.budget = $root.datum.dataasset.v1.PrivacyBudget.toObject(message.budget, options, _depth + 1);
                    if (message.remainingMicro != null && $Object.hasOwnProperty.call(message, "remainingMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.remainingMicro = typeof message.remainingMicro === "number" ? $BigInt(message.remainingMicro) : $util.Long.fromBits(message.remainingMicro.low >>> 0, message.remainingMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.remainingMicro === "number")
                            object.remainingMicro = options.longs === $String ? $String(message.remainingMicro) : message.remainingMicro;
                        else
                            object.remainingMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.remainingMicro) : options.longs === $Number ? new $util.LongBits(message.remainingMicro.low >>> 0, message.remainingMicro.high >>> 0).toNumber(true) : message.remainingMicro;
                    return object;
                };

                QueryPrivacyBudgetResponse.prototype.toJSON = function() {
                    return QueryPrivacyBudgetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryPrivacyBudgetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryPrivacyBudgetResponse";
                };

                return QueryPrivacyBudgetResponse;
            })();

            v1.QueryUsageLedgerRequest = (function() {

                const QueryUsageLedgerRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryUsageLedgerRequest.prototype.assetId = "";

                QueryUsageLedgerRequest.prototype.pagination = null;

                QueryUsageLedgerRequest.create = function(properties) {
                    return new QueryUsageLedgerRequest(properties);
                };

                QueryUsageLedgerRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryUsageLedgerRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryUsageLedgerRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryUsageLedgerRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryUsageLedgerRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryUsageLedgerRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryUsageLedgerRequest();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.dataasset.v1.QueryUsageLedgerRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryUsageLedgerRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.assetId = "";
                        object.pagination = null;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryUsageLedgerRequest.prototype.toJSON = function() {
                    return QueryUsageLedgerRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryUsageLedgerRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryUsageLedgerRequest";
                };

                return QueryUsageLedgerRequest;
            })();

            v1.QueryUsageLedgerResponse = (function() {

                const QueryUsageLedgerResponse = function (properties) {
                    this.records = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryUsageLedgerResponse.prototype.records = $util.emptyArray;

                QueryUsageLedgerResponse.prototype.pagination = null;

                QueryUsageLedgerResponse.create = function(properties) {
                    return new QueryUsageLedgerResponse(properties);
                };

                QueryUsageLedgerResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.records != null && message.records.length)
                        for (let i = 0; i < message.records.length; ++i)
                            $root.datum.dataasset.v1.UsageRecord.encode(message.records[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryUsageLedgerResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryUsageLedgerResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.records && message.records.length))
                                    message.records = [];
                                message.records.push($root.datum.dataasset.v1.UsageRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryUsageLedgerResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryUsageLedgerResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryUsageLedgerResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryUsageLedgerResponse();
                    if (object.records) {
                        if (!$Array.isArray(object.records))
                            throw $TypeError(".datum.dataasset.v1.QueryUsageLedgerResponse.records: array expected");
                        message.records = $Array(object.records.length);
                        for (let i = 0; i < object.records.length; ++i) {
                            if (!$util.isObject(object.records[i]))
                                throw $TypeError(".datum.dataasset.v1.QueryUsageLedgerResponse.records: object expected");
                            message.records[i] = $root.datum.dataasset.v1.UsageRecord.fromObject(object.records[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.dataasset.v1.QueryUsageLedgerResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryUsageLedgerResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.records = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.records && message.records.length) {
                        object.records = $Array(message.records.length);
                        for (let j = 0; j < message.records.length; ++j)
                            object.records[j] = $root.datum.dataasset.v1.UsageRecord.toObject(message.records[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryUsageLedgerResponse.prototype.toJSON = function() {
                    return QueryUsageLedgerResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryUsageLedgerResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryUsageLedgerResponse";
                };

                return QueryUsageLedgerResponse;
            })();

            v1.QueryParamsRequest = (function() {

                const QueryParamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryParamsRequest.create = function(properties) {
                    return new QueryParamsRequest(properties);
                };

                QueryParamsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryParamsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.QueryParamsRequest();
                };

                QueryParamsRequest.toObject = function () {
                    return {};
                };

                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                const QueryParamsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryParamsResponse.prototype.params = null;

                QueryParamsResponse.create = function(properties) {
                    return new QueryParamsResponse(properties);
                };

                QueryParamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.datum.dataasset.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryParamsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.params = $root.datum.dataasset.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".datum.dataasset.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.datum.dataasset.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                QueryParamsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.datum.dataasset.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.MsgRegisterLicenseTerms = (function() {

                const MsgRegisterLicenseTerms = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRegisterLicenseTerms.prototype.creator = "";

                MsgRegisterLicenseTerms.prototype.terms = null;

                MsgRegisterLicenseTerms.create = function(properties) {
                    return new MsgRegisterLicenseTerms(properties);
                };

                MsgRegisterLicenseTerms.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.creator != null && $Object.hasOwnProperty.call(message, "creator") && message.creator !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.creator);
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        $root.datum.dataasset.v1.LicenseTerms.encode(message.terms, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRegisterLicenseTerms.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgRegisterLicenseTerms();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.creator = value;
                                else
                                    delete message.creator;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.terms = $root.datum.dataasset.v1.LicenseTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRegisterLicenseTerms.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgRegisterLicenseTerms)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgRegisterLicenseTerms: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgRegisterLicenseTerms();
                    if (object.creator != null)
                        if (typeof object.creator !== "string" || object.creator.length)
                            message.creator = $String(object.creator);
                    if (object.terms != null) {
                        if (!$util.isObject(object.terms))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterLicenseTerms.terms: object expected");
                        message.terms = $root.datum.dataasset.v1.LicenseTerms.fromObject(object.terms, _depth + 1);
                    }
                    return message;
                };

                MsgRegisterLicenseTerms.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.creator = "";
                        object.terms = null;
                    }
                    if (message.creator != null && $Object.hasOwnProperty.call(message, "creator"))
                        object.creator = message.creator;
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        object.terms = $root.datum.dataasset.v1.LicenseTerms.toObject(message.terms, options, _depth + 1);
                    return object;
                };

                MsgRegisterLicenseTerms.prototype.toJSON = function() {
                    return MsgRegisterLicenseTerms.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRegisterLicenseTerms.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgRegisterLicenseTerms";
                };

                return MsgRegisterLicenseTerms;
            })();

            v1.MsgRegisterLicenseTermsResponse = (function() {

                const MsgRegisterLicenseTermsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRegisterLicenseTermsResponse.prototype.id = "";

                MsgRegisterLicenseTermsResponse.prototype.created = false;

                MsgRegisterLicenseTermsResponse.create = function(properties) {
                    return new MsgRegisterLicenseTermsResponse(properties);
                };

                MsgRegisterLicenseTermsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.created);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRegisterLicenseTermsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgRegisterLicenseTermsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.created = value;
                                else
                                    delete message.created;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRegisterLicenseTermsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgRegisterLicenseTermsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgRegisterLicenseTermsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgRegisterLicenseTermsResponse();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.created != null)
                        if (object.created)
                            message.created = $Boolean(object.created);
                    return message;
                };

                MsgRegisterLicenseTermsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.created = false;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                        object.created = message.created;
                    return object;
                };

                MsgRegisterLicenseTermsResponse.prototype.toJSON = function() {
                    return MsgRegisterLicenseTermsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRegisterLicenseTermsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgRegisterLicenseTermsResponse";
                };

                return MsgRegisterLicenseTermsResponse;
            })();

            v1.MsgRegisterAsset = (function() {

                const MsgRegisterAsset = function (properties) {
                    this.contributors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRegisterAsset.prototype.owner = "";

                MsgRegisterAsset.prototype.contentHash = "";

                MsgRegisterAsset.prototype.storage = null;

                MsgRegisterAsset.prototype.metadata = null;

                MsgRegisterAsset.prototype.licenseTermsId = "";

                MsgRegisterAsset.prototype.contributors = $util.emptyArray;

                MsgRegisterAsset.prototype.computePolicy = null;

                MsgRegisterAsset.prototype.privacyPolicy = null;

                MsgRegisterAsset.prototype.residencyPolicy = null;

                MsgRegisterAsset.prototype.transferable = false;

                MsgRegisterAsset.create = function(properties) {
                    return new MsgRegisterAsset(properties);
                };

                MsgRegisterAsset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentHash);
                    if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                        $root.datum.dataasset.v1.Storage.encode(message.storage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.datum.dataasset.v1.Metadata.encode(message.metadata, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.licenseTermsId != null && $Object.hasOwnProperty.call(message, "licenseTermsId") && message.licenseTermsId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.licenseTermsId);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.datum.dataasset.v1.Contributor.encode(message.contributors[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.computePolicy != null && $Object.hasOwnProperty.call(message, "computePolicy"))
                        $root.datum.dataasset.v1.ComputePolicy.encode(message.computePolicy, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        $root.datum.dataasset.v1.PrivacyPolicy.encode(message.privacyPolicy, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.residencyPolicy != null && $Object.hasOwnProperty.call(message, "residencyPolicy"))
                        $root.datum.dataasset.v1.ResidencyPolicy.encode(message.residencyPolicy, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.transferable != null && $Object.hasOwnProperty.call(message, "transferable") && message.transferable !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.transferable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRegisterAsset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgRegisterAsset();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.storage = $root.datum.dataasset.v1.Storage.decode(reader, reader.size(), $undefined, _depth + 1, message.storage);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.metadata = $root.datum.dataasset.v1.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.licenseTermsId = value;
                                else
                                    delete message.licenseTermsId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.datum.dataasset.v1.Contributor.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.computePolicy = $root.datum.dataasset.v1.ComputePolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.computePolicy);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.privacyPolicy);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.residencyPolicy);
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.transferable = value;
                                else
                                    delete message.transferable;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRegisterAsset.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgRegisterAsset)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgRegisterAsset();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    if (object.storage != null) {
                        if (!$util.isObject(object.storage))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.storage: object expected");
                        message.storage = $root.datum.dataasset.v1.Storage.fromObject(object.storage, _depth + 1);
                    }
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.metadata: object expected");
                        message.metadata = $root.datum.dataasset.v1.Metadata.fromObject(object.metadata, _depth + 1);
                    }
                    if (object.licenseTermsId != null)
                        if (typeof object.licenseTermsId !== "string" || object.licenseTermsId.length)
                            message.licenseTermsId = $String(object.licenseTermsId);
                    if (object.contributors) {
                        if (!$Array.isArray(object.contributors))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.contributors: array expected");
                        message.contributors = $Array(object.contributors.length);
                        for (let i = 0; i < object.contributors.length; ++i) {
                            if (!$util.isObject(object.contributors[i]))
                                throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.contributors: object expected");
                            message.contributors[i] = $root.datum.dataasset.v1.Contributor.fromObject(object.contributors[i], _depth + 1);
                        }
                    }
                    if (object.computePolicy != null) {
                        if (!$util.isObject(object.computePolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.computePolicy: object expected");
                        message.computePolicy = $root.datum.dataasset.v1.ComputePolicy.fromObject(object.computePolicy, _depth + 1);
                    }
                    if (object.privacyPolicy != null) {
                        if (!$util.isObject(object.privacyPolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.privacyPolicy: object expected");
                        message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.fromObject(object.privacyPolicy, _depth + 1);
                    }
                    if (object.residencyPolicy != null) {
                        if (!$util.isObject(object.residencyPolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgRegisterAsset.residencyPolicy: object expected");
                        message.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.fromObject(object.residencyPolicy, _depth + 1);
                    }
                    if (object.transferable != null)
                        if (object.transferable)
                            message.transferable = $Boolean(object.transferable);
                    return message;
                };

                MsgRegisterAsset.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.contributors = [];
                    if (options.defaults) {
                        object.owner = "";
                        object.contentHash = "";
                        object.storage = null;
                        object.metadata = null;
                        object.licenseTermsId = "";
                        object.computePolicy = null;
                        object.privacyPolicy = null;
                        object.residencyPolicy = null;
                        object.transferable = false;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                        object.storage = $root.datum.dataasset.v1.Storage.toObject(message.storage, options, _depth + 1);
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.datum.dataasset.v1.Metadata.toObject(message.metadata, options, _depth + 1);
                    if (message.licenseTermsId != null && $Object.hasOwnProperty.call(message, "licenseTermsId"))
                        object.licenseTermsId = message.licenseTermsId;
                    if (message.contributors && message.contributors.length) {
                        object.contributors = $Array(message.contributors.length);
                        for (let j = 0; j < message.contributors.length; ++j)
                            object.contributors[j] = $root.datum.dataasset.v1.Contributor.toObject(message.contributors[j], options, _depth + 1);
                    }
                    if (message.computePolicy != null && $Object.hasOwnProperty.call(message, "computePolicy"))
                        object.computePolicy = $root.datum.dataasset.v1.ComputePolicy.toObject(message.computePolicy, options, _depth + 1);
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        object.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.toObject(message.privacyPolicy, options, _depth + 1);
                    if (message.residencyPolicy != null && $Object.hasOwnProperty.call(message, "residencyPolicy"))
                        object.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.toObject(message.residencyPolicy, options, _depth + 1);
                    if (message.transferable != null && $Object.hasOwnProperty.call(message, "transferable"))
                        object.transferable = message.transferable;
                    return object;
                };

                MsgRegisterAsset.prototype.toJSON = function() {
                    return MsgRegisterAsset.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRegisterAsset.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgRegisterAsset";
                };

                return MsgRegisterAsset;
            })();

            v1.MsgRegisterAssetResponse = (function() {

                const MsgRegisterAssetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRegisterAssetResponse.prototype.id = "";

                MsgRegisterAssetResponse.create = function(properties) {
                    return new MsgRegisterAssetResponse(properties);
                };

                MsgRegisterAssetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRegisterAssetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgRegisterAssetResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgRegisterAssetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgRegisterAssetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgRegisterAssetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgRegisterAssetResponse();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    return message;
                };

                MsgRegisterAssetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.id = "";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    return object;
                };

                MsgRegisterAssetResponse.prototype.toJSON = function() {
                    return MsgRegisterAssetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRegisterAssetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgRegisterAssetResponse";
                };

                return MsgRegisterAssetResponse;
            })();

            v1.MsgUpdateMetadata = (function() {

                const MsgUpdateMetadata = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUpdateMetadata.prototype.owner = "";

                MsgUpdateMetadata.prototype.assetId = "";

                MsgUpdateMetadata.prototype.metadata = null;

                MsgUpdateMetadata.create = function(properties) {
                    return new MsgUpdateMetadata(properties);
                };

                MsgUpdateMetadata.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.datum.dataasset.v1.Metadata.encode(message.metadata, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUpdateMetadata.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgUpdateMetadata();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.metadata = $root.datum.dataasset.v1.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgUpdateMetadata.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgUpdateMetadata)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgUpdateMetadata: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgUpdateMetadata();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".datum.dataasset.v1.MsgUpdateMetadata.metadata: object expected");
                        message.metadata = $root.datum.dataasset.v1.Metadata.fromObject(object.metadata, _depth + 1);
                    }
                    return message;
                };

                MsgUpdateMetadata.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.metadata = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.datum.dataasset.v1.Metadata.toObject(message.metadata, options, _depth + 1);
                    return object;
                };

                MsgUpdateMetadata.prototype.toJSON = function() {
                    return MsgUpdateMetadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUpdateMetadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgUpdateMetadata";
                };

                return MsgUpdateMetadata;
            })();

            v1.MsgUpdateMetadataResponse = (function() {

                const MsgUpdateMetadataResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUpdateMetadataResponse.create = function(properties) {
                    return new MsgUpdateMetadataResponse(properties);
                };

                MsgUpdateMetadataResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUpdateMetadataResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgUpdateMetadataResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgUpdateMetadataResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgUpdateMetadataResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgUpdateMetadataResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgUpdateMetadataResponse();
                };

                MsgUpdateMetadataResponse.toObject = function () {
                    return {};
                };

                MsgUpdateMetadataResponse.prototype.toJSON = function() {
                    return MsgUpdateMetadataResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUpdateMetadataResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgUpdateMetadataResponse";
                };

                return MsgUpdateMetadataResponse;
            })();

            v1.MsgPublishVersion = (function() {

                const MsgPublishVersion = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgPublishVersion.prototype.owner = "";

                MsgPublishVersion.prototype.assetId = "";

                MsgPublishVersion.prototype.contentHash = "";

                MsgPublishVersion.prototype.storage = null;

                MsgPublishVersion.prototype.privacyPolicy = null;

                MsgPublishVersion.create = function(properties) {
                    return new MsgPublishVersion(properties);
                };

                MsgPublishVersion.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentHash);
                    if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                        $root.datum.dataasset.v1.Storage.encode(message.storage, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        $root.datum.dataasset.v1.PrivacyPolicy.encode(message.privacyPolicy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgPublishVersion.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgPublishVersion();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.contentHash = value;
                                else
                                    delete message.contentHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.storage = $root.datum.dataasset.v1.Storage.decode(reader, reader.size(), $undefined, _depth + 1, message.storage);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.privacyPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgPublishVersion.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgPublishVersion)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgPublishVersion: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgPublishVersion();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.contentHash != null)
                        if (typeof object.contentHash !== "string" || object.contentHash.length)
                            message.contentHash = $String(object.contentHash);
                    if (object.storage != null) {
                        if (!$util.isObject(object.storage))
                            throw $TypeError(".datum.dataasset.v1.MsgPublishVersion.storage: object expected");
                        message.storage = $root.datum.dataasset.v1.Storage.fromObject(object.storage, _depth + 1);
                    }
                    if (object.privacyPolicy != null) {
                        if (!$util.isObject(object.privacyPolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgPublishVersion.privacyPolicy: object expected");
                        message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.fromObject(object.privacyPolicy, _depth + 1);
                    }
                    return message;
                };

                MsgPublishVersion.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.contentHash = "";
                        object.storage = null;
                        object.privacyPolicy = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                        object.contentHash = message.contentHash;
                    if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                        object.storage = $root.datum.dataasset.v1.Storage.toObject(message.storage, options, _depth + 1);
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        object.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.toObject(message.privacyPolicy, options, _depth + 1);
                    return object;
                };

                MsgPublishVersion.prototype.toJSON = function() {
                    return MsgPublishVersion.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgPublishVersion.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgPublishVersion";
                };

                return MsgPublishVersion;
            })();

            v1.MsgPublishVersionResponse = (function() {

                const MsgPublishVersionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgPublishVersionResponse.prototype.version = 0;

                MsgPublishVersionResponse.create = function(properties) {
                    return new MsgPublishVersionResponse(properties);
                };

                MsgPublishVersionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgPublishVersionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgPublishVersionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgPublishVersionResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgPublishVersionResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgPublishVersionResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgPublishVersionResponse();
                    if (object.version != null)
                        if ($Number(object.version) !== 0)
                            message.version = object.version >>> 0;
                    return message;
                };

                MsgPublishVersionResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.version = 0;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = message.version;
                    return object;
                };

                MsgPublishVersionResponse.prototype.toJSON = function() {
                    return MsgPublishVersionResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgPublishVersionResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgPublishVersionResponse";
                };

                return MsgPublishVersionResponse;
            })();

            v1.MsgSetAssetState = (function() {

                const MsgSetAssetState = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetAssetState.prototype.owner = "";

                MsgSetAssetState.prototype.assetId = "";

                MsgSetAssetState.prototype.state = 0;

                MsgSetAssetState.prototype.supersededBy = "";

                MsgSetAssetState.prototype.reason = "";

                MsgSetAssetState.create = function(properties) {
                    return new MsgSetAssetState(properties);
                };

                MsgSetAssetState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                    if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy") && message.supersededBy !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.supersededBy);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetAssetState.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetAssetState();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supersededBy = value;
                                else
                                    delete message.supersededBy;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetAssetState.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetAssetState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetAssetState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgSetAssetState();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.dataasset.v1.AssetState[object.state] !== 0))
                        switch (object.state) {
                        case "ASSET_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "ASSET_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "ASSET_STATE_ORDERING_PAUSED":
                        case 2:
                            message.state = 2;
                            break;
                        case "ASSET_STATE_UNLISTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "ASSET_STATE_END_OF_LIFE":
                        case 4:
                            message.state = 4;
                            break;
                        case "ASSET_STATE_DEPRECATED":
                        case 5:
                            message.state = 5;
                            break;
                        case "ASSET_STATE_REVOKED":
                        case 6:
                            message.state = 6;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.supersededBy != null)
                        if (typeof object.supersededBy !== "string" || object.supersededBy.length)
                            message.supersededBy = $String(object.supersededBy);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                MsgSetAssetState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.state = options.enums === $String ? "ASSET_STATE_UNSPECIFIED" : 0;
                        object.supersededBy = "";
                        object.reason = "";
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.dataasset.v1.AssetState[message.state] === $undefined ? message.state : $root.datum.dataasset.v1.AssetState[message.state] : message.state;
                    if (message.supersededBy != null && $Object.hasOwnProperty.call(message, "supersededBy"))
                        object.supersededBy = message.supersededBy;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                MsgSetAssetState.prototype.toJSON = function() {
                    return MsgSetAssetState.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetAssetState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetAssetState";
                };

                return MsgSetAssetState;
            })();

            v1.MsgSetAssetStateResponse = (function() {

                const MsgSetAssetStateResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetAssetStateResponse.create = function(properties) {
                    return new MsgSetAssetStateResponse(properties);
                };

                MsgSetAssetStateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetAssetStateResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetAssetStateResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetAssetStateResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetAssetStateResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetAssetStateResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgSetAssetStateResponse();
                };

                MsgSetAssetStateResponse.toObject = function () {
                    return {};
                };

                MsgSetAssetStateResponse.prototype.toJSON = function() {
                    return MsgSetAssetStateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetAssetStateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetAssetStateResponse";
                };

                return MsgSetAssetStateResponse;
            })();

            v1.MsgSetContributors = (function() {

                const MsgSetContributors = function (properties) {
                    this.contributors = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetContributors.prototype.owner = "";

                MsgSetContributors.prototype.assetId = "";

                MsgSetContributors.prototype.contributors = $util.emptyArray;

                MsgSetContributors.create = function(properties) {
                    return new MsgSetContributors(properties);
                };

                MsgSetContributors.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.datum.dataasset.v1.Contributor.encode(message.contributors[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetContributors.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetContributors();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.datum.dataasset.v1.Contributor.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetContributors.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetContributors)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetContributors: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgSetContributors();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.contributors) {
                        if (!$Array.isArray(object.contributors))
                            throw $TypeError(".datum.dataasset.v1.MsgSetContributors.contributors: array expected");
                        message.contributors = $Array(object.contributors.length);
                        for (let i = 0; i < object.contributors.length; ++i) {
                            if (!$util.isObject(object.contributors[i]))
                                throw $TypeError(".datum.dataasset.v1.MsgSetContributors.contributors: object expected");
                            message.contributors[i] = $root.datum.dataasset.v1.Contributor.fromObject(object.contributors[i], _depth + 1);
                        }
                    }
                    return message;
                };

                MsgSetContributors.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.contributors = [];
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.contributors && message.contributors.length) {
                        object.contributors = $Array(message.contributors.length);
                        for (let j = 0; j < message.contributors.length; ++j)
                            object.contributors[j] = $root.datum.dataasset.v1.Contributor.toObject(message.contributors[j], options, _depth + 1);
                    }
                    return object;
                };

                MsgSetContributors.prototype.toJSON = function() {
                    return MsgSetContributors.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetContributors.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetContributors";
                };

                return MsgSetContributors;
            })();

            v1.MsgSetContributorsResponse = (function() {

                const MsgSetContributorsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetContributorsResponse.create = function(properties) {
                    return new MsgSetContributorsResponse(properties);
                };

                MsgSetContributorsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetContributorsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetContributorsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetContributorsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetContributorsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetContributorsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgSetContributorsResponse();
                };

                MsgSetContributorsResponse.toObject = function () {
                    return {};
                };

                MsgSetContributorsResponse.prototype.toJSON = function() {
                    return MsgSetContributorsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetContributorsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetContributorsResponse";
                };

                return MsgSetContributorsResponse;
            })();

            v1.MsgAllowAlgorithm = (function() {

                const MsgAllowAlgorithm = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgAllowAlgorithm.prototype.sender = "";

                MsgAllowAlgorithm.prototype.assetId = "";

                MsgAllowAlgorithm.prototype.algorithm = null;

                MsgAllowAlgorithm.create = function(properties) {
                    return new MsgAllowAlgorithm(properties);
                };

                MsgAllowAlgorithm.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        $root.datum.dataasset.v1.Algorithm.encode(message.algorithm, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgAllowAlgorithm.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgAllowAlgorithm();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.algorithm = $root.datum.dataasset.v1.Algorithm.decode(reader, reader.size(), $undefined, _depth + 1, message.algorithm);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgAllowAlgorithm.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgAllowAlgorithm)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgAllowAlgorithm: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgAllowAlgorithm();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.algorithm != null) {
                        if (!$util.isObject(object.algorithm))
                            throw $TypeError(".datum.dataasset.v1.MsgAllowAlgorithm.algorithm: object expected");
                        message.algorithm = $root.datum.dataasset.v1.Algorithm.fromObject(object.algorithm, _depth + 1);
                    }
                    return message;
                };

                MsgAllowAlgorithm.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.assetId = "";
                        object.algorithm = null;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        object.algorithm = $root.datum.dataasset.v1.Algorithm.toObject(message.algorithm, options, _depth + 1);
                    return object;
                };

                MsgAllowAlgorithm.prototype.toJSON = function() {
                    return MsgAllowAlgorithm.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgAllowAlgorithm.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgAllowAlgorithm";
                };

                return MsgAllowAlgorithm;
            })();

            v1.MsgAllowAlgorithmResponse = (function() {

                const MsgAllowAlgorithmResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgAllowAlgorithmResponse.create = function(properties) {
                    return new MsgAllowAlgorithmResponse(properties);
                };

                MsgAllowAlgorithmResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgAllowAlgorithmResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgAllowAlgorithmResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgAllowAlgorithmResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgAllowAlgorithmResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgAllowAlgorithmResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgAllowAlgorithmResponse();
                };

                MsgAllowAlgorithmResponse.toObject = function () {
                    return {};
                };

                MsgAllowAlgorithmResponse.prototype.toJSON = function() {
                    return MsgAllowAlgorithmResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgAllowAlgorithmResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgAllowAlgorithmResponse";
                };

                return MsgAllowAlgorithmResponse;
            })();

            v1.MsgDisallowAlgorithm = (function() {

                const MsgDisallowAlgorithm = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgDisallowAlgorithm.prototype.sender = "";

                MsgDisallowAlgorithm.prototype.assetId = "";

                MsgDisallowAlgorithm.prototype.codeHash = "";

                MsgDisallowAlgorithm.prototype.imageDigest = "";

                MsgDisallowAlgorithm.create = function(properties) {
                    return new MsgDisallowAlgorithm(properties);
                };

                MsgDisallowAlgorithm.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.codeHash);
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest") && message.imageDigest !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.imageDigest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgDisallowAlgorithm.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgDisallowAlgorithm();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.imageDigest = value;
                                else
                                    delete message.imageDigest;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgDisallowAlgorithm.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgDisallowAlgorithm)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgDisallowAlgorithm: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgDisallowAlgorithm();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.imageDigest != null)
                        if (typeof object.imageDigest !== "string" || object.imageDigest.length)
                            message.imageDigest = $String(object.imageDigest);
                    return message;
                };

                MsgDisallowAlgorithm.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.assetId = "";
                        object.codeHash = "";
                        object.imageDigest = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest"))
                        object.imageDigest = message.imageDigest;
                    return object;
                };

                MsgDisallowAlgorithm.prototype.toJSON = function() {
                    return MsgDisallowAlgorithm.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgDisallowAlgorithm.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgDisallowAlgorithm";
                };

                return MsgDisallowAlgorithm;
            })();

            v1.MsgDisallowAlgorithmResponse = (function() {

                const MsgDisallowAlgorithmResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgDisallowAlgorithmResponse.create = function(properties) {
                    return new MsgDisallowAlgorithmResponse(properties);
                };

                MsgDisallowAlgorithmResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgDisallowAlgorithmResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgDisallowAlgorithmResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgDisallowAlgorithmResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgDisallowAlgorithmResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgDisallowAlgorithmResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgDisallowAlgorithmResponse();
                };

                MsgDisallowAlgorithmResponse.toObject = function () {
                    return {};
                };

                MsgDisallowAlgorithmResponse.prototype.toJSON = function() {
                    return MsgDisallowAlgorithmResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgDisallowAlgorithmResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgDisallowAlgorithmResponse";
                };

                return MsgDisallowAlgorithmResponse;
            })();

            v1.MsgSetComputePolicy = (function() {

                const MsgSetComputePolicy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetComputePolicy.prototype.owner = "";

                MsgSetComputePolicy.prototype.assetId = "";

                MsgSetComputePolicy.prototype.computePolicy = null;

                MsgSetComputePolicy.create = function(properties) {
                    return new MsgSetComputePolicy(properties);
                };

                MsgSetComputePolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.computePolicy != null && $Object.hasOwnProperty.call(message, "computePolicy"))
                        $root.datum.dataasset.v1.ComputePolicy.encode(message.computePolicy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetComputePolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetComputePolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.computePolicy = $root.datum.dataasset.v1.ComputePolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.computePolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetComputePolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetComputePolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetComputePolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgSetComputePolicy();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.computePolicy != null) {
                        if (!$util.isObject(object.computePolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgSetComputePolicy.computePolicy: object expected");
                        message.computePolicy = $root.datum.dataasset.v1.ComputePolicy.fromObject(object.computePolicy, _depth + 1);
                    }
                    return message;
                };

                MsgSetComputePolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.computePolicy = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.computePolicy != null && $Object.hasOwnProperty.call(message, "computePolicy"))
                        object.computePolicy = $root.datum.dataasset.v1.ComputePolicy.toObject(message.computePolicy, options, _depth + 1);
                    return object;
                };

                MsgSetComputePolicy.prototype.toJSON = function() {
                    return MsgSetComputePolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetComputePolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetComputePolicy";
                };

                return MsgSetComputePolicy;
            })();

            v1.MsgSetComputePolicyResponse = (function() {

                const MsgSetComputePolicyResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetComputePolicyResponse.create = function(properties) {
                    return new MsgSetComputePolicyResponse(properties);
                };

                MsgSetComputePolicyResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetComputePolicyResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetComputePolicyResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetComputePolicyResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetComputePolicyResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetComputePolicyResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgSetComputePolicyResponse();
                };

                MsgSetComputePolicyResponse.toObject = function () {
                    return {};
                };

                MsgSetComputePolicyResponse.prototype.toJSON = function() {
                    return MsgSetComputePolicyResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetComputePolicyResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetComputePolicyResponse";
                };

                return MsgSetComputePolicyResponse;
            })();

            v1.MsgSetPrivacyPolicy = (function() {

                const MsgSetPrivacyPolicy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetPrivacyPolicy.prototype.owner = "";

                MsgSetPrivacyPolicy.prototype.assetId = "";

                MsgSetPrivacyPolicy.prototype.privacyPolicy = null;

                MsgSetPrivacyPolicy.create = function(properties) {
                    return new MsgSetPrivacyPolicy(properties);
                };

                MsgSetPrivacyPolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        $root.datum.dataasset.v1.PrivacyPolicy.encode(message.privacyPolicy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetPrivacyPolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetPrivacyPolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.privacyPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetPrivacyPolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetPrivacyPolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetPrivacyPolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgSetPrivacyPolicy();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.privacyPolicy != null) {
                        if (!$util.isObject(object.privacyPolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgSetPrivacyPolicy.privacyPolicy: object expected");
                        message.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.fromObject(object.privacyPolicy, _depth + 1);
                    }
                    return message;
                };

                MsgSetPrivacyPolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.privacyPolicy = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.privacyPolicy != null && $Object.hasOwnProperty.call(message, "privacyPolicy"))
                        object.privacyPolicy = $root.datum.dataasset.v1.PrivacyPolicy.toObject(message.privacyPolicy, options, _depth + 1);
                    return object;
                };

                MsgSetPrivacyPolicy.prototype.toJSON = function() {
                    return MsgSetPrivacyPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetPrivacyPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetPrivacyPolicy";
                };

                return MsgSetPrivacyPolicy;
            })();

            v1.MsgSetPrivacyPolicyResponse = (function() {

                const MsgSetPrivacyPolicyResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetPrivacyPolicyResponse.create = function(properties) {
                    return new MsgSetPrivacyPolicyResponse(properties);
                };

                MsgSetPrivacyPolicyResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetPrivacyPolicyResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetPrivacyPolicyResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetPrivacyPolicyResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetPrivacyPolicyResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetPrivacyPolicyResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgSetPrivacyPolicyResponse();
                };

                MsgSetPrivacyPolicyResponse.toObject = function () {
                    return {};
                };

                MsgSetPrivacyPolicyResponse.prototype.toJSON = function() {
                    return MsgSetPrivacyPolicyResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetPrivacyPolicyResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetPrivacyPolicyResponse";
                };

                return MsgSetPrivacyPolicyResponse;
            })();

            v1.MsgSetResidencyPolicy = (function() {

                const MsgSetResidencyPolicy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetResidencyPolicy.prototype.owner = "";

                MsgSetResidencyPolicy.prototype.assetId = "";

                MsgSetResidencyPolicy.prototype.residencyPolicy = null;

                MsgSetResidencyPolicy.create = function(properties) {
                    return new MsgSetResidencyPolicy(properties);
                };

                MsgSetResidencyPolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.residencyPolicy != null && $Object.hasOwnProperty.call(message, "residencyPolicy"))
                        $root.datum.dataasset.v1.ResidencyPolicy.encode(message.residencyPolicy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetResidencyPolicy.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetResidencyPolicy();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.residencyPolicy);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetResidencyPolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetResidencyPolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetResidencyPolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgSetResidencyPolicy();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.residencyPolicy != null) {
                        if (!$util.isObject(object.residencyPolicy))
                            throw $TypeError(".datum.dataasset.v1.MsgSetResidencyPolicy.residencyPolicy: object expected");
                        message.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.fromObject(object.residencyPolicy, _depth + 1);
                    }
                    return message;
                };

                MsgSetResidencyPolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.residencyPolicy = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.residencyPolicy != null && $Object.hasOwnProperty.call(message, "residencyPolicy"))
                        object.residencyPolicy = $root.datum.dataasset.v1.ResidencyPolicy.toObject(message.residencyPolicy, options, _depth + 1);
                    return object;
                };

                MsgSetResidencyPolicy.prototype.toJSON = function() {
                    return MsgSetResidencyPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetResidencyPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetResidencyPolicy";
                };

                return MsgSetResidencyPolicy;
            })();

            v1.MsgSetResidencyPolicyResponse = (function() {

                const MsgSetResidencyPolicyResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetResidencyPolicyResponse.create = function(properties) {
                    return new MsgSetResidencyPolicyResponse(properties);
                };

                MsgSetResidencyPolicyResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetResidencyPolicyResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgSetResidencyPolicyResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgSetResidencyPolicyResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgSetResidencyPolicyResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgSetResidencyPolicyResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgSetResidencyPolicyResponse();
                };

                MsgSetResidencyPolicyResponse.toObject = function () {
                    return {};
                };

                MsgSetResidencyPolicyResponse.prototype.toJSON = function() {
                    return MsgSetResidencyPolicyResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetResidencyPolicyResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgSetResidencyPolicyResponse";
                };

                return MsgSetResidencyPolicyResponse;
            })();

            v1.MsgTransferAsset = (function() {

                const MsgTransferAsset = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgTransferAsset.prototype.owner = "";

                MsgTransferAsset.prototype.assetId = "";

                MsgTransferAsset.prototype.recipient = "";

                MsgTransferAsset.create = function(properties) {
                    return new MsgTransferAsset(properties);
                };

                MsgTransferAsset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.recipient);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgTransferAsset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgTransferAsset();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.recipient = value;
                                else
                                    delete message.recipient;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgTransferAsset.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgTransferAsset)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgTransferAsset: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgTransferAsset();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.recipient != null)
                        if (typeof object.recipient !== "string" || object.recipient.length)
                            message.recipient = $String(object.recipient);
                    return message;
                };

                MsgTransferAsset.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                        object.recipient = "";
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                        object.recipient = message.recipient;
                    return object;
                };

                MsgTransferAsset.prototype.toJSON = function() {
                    return MsgTransferAsset.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgTransferAsset.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgTransferAsset";
                };

                return MsgTransferAsset;
            })();

            v1.MsgTransferAssetResponse = (function() {

                const MsgTransferAssetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgTransferAssetResponse.create = function(properties) {
                    return new MsgTransferAssetResponse(properties);
                };

                MsgTransferAssetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgTransferAssetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgTransferAssetResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgTransferAssetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgTransferAssetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgTransferAssetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgTransferAssetResponse();
                };

                MsgTransferAssetResponse.toObject = function () {
                    return {};
                };

                MsgTransferAssetResponse.prototype.toJSON = function() {
                    return MsgTransferAssetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgTransferAssetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgTransferAssetResponse";
                };

                return MsgTransferAssetResponse;
            })();

            v1.MsgBurnAsset = (function() {

                const MsgBurnAsset = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgBurnAsset.prototype.owner = "";

                MsgBurnAsset.prototype.assetId = "";

                MsgBurnAsset.create = function(properties) {
                    return new MsgBurnAsset(properties);
                };

                MsgBurnAsset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgBurnAsset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgBurnAsset();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgBurnAsset.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgBurnAsset)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgBurnAsset: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.dataasset.v1.MsgBurnAsset();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    return message;
                };

                MsgBurnAsset.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        object.assetId = "";
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    return object;
                };

                MsgBurnAsset.prototype.toJSON = function() {
                    return MsgBurnAsset.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgBurnAsset.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgBurnAsset";
                };

                return MsgBurnAsset;
            })();

            v1.MsgBurnAssetResponse = (function() {

                const MsgBurnAssetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgBurnAssetResponse.create = function(properties) {
                    return new MsgBurnAssetResponse(properties);
                };

                MsgBurnAssetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgBurnAssetResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.datum.dataasset.v1.MsgBurnAssetResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                MsgBurnAssetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.dataasset.v1.MsgBurnAssetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.dataasset.v1.MsgBurnAssetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.dataasset.v1.MsgBurnAssetResponse();
                };

                MsgBurnAssetResponse.toObject = function () {
                    return {};
                };

                MsgBurnAssetResponse.prototype.toJSON = function() {
                    return MsgBurnAssetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgBurnAssetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.dataasset.v1.MsgBurnAssetResponse";
                };

                return MsgBurnAssetResponse;
            })();

            return v1;
        })();

        return dataasset;
    })();

    return datum;
})();

export const cosmos = $root.cosmos = (() => {

    const cosmos = {};

    cosmos.base = (function() {

        const base = {};

        base.v1beta1 = (function() {

            const v1beta1 = {};

            v1beta1.Coin = (function() {

                const Coin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Coin.prototype.denom = "";

                Coin.prototype.amount = "";

                Coin.create = function(properties) {
                    return new Coin(properties);
                };

                Coin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Coin.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                Coin.fromObject = function (object, _depth) {
                    if (object instanceof $root.cosmos.base.v1beta1.Coin)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".cosmos.base.v1beta1.Coin: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.cosmos.base.v1beta1.Coin();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                Coin.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                Coin.prototype.toJSON = function() {
                    return Coin.toObject(this, $protobuf.util.toJSONOptions);
                };

                Coin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        base.query = (function() {

            const query = {};

            query.v1beta1 = (function() {

                const v1beta1 = {};

                v1beta1.PageRequest = (function() {

                    const PageRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PageRequest.prototype.key = $util.newBuffer([]);

                    PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PageRequest.prototype.countTotal = false;

                    PageRequest.prototype.reverse = false;

                    PageRequest.create = function(properties) {
                        return new PageRequest(properties);
                    };

                    PageRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                        if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal") && message.countTotal !== false)
                            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.countTotal);
                        if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse") && message.reverse !== false)
                            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reverse);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PageRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.cosmos.base.query.v1beta1.PageRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.countTotal = value;
                                    else
                                        delete message.countTotal;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.reverse = value;
                                    else
                                        delete message.reverse;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PageRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.cosmos.base.query.v1beta1.PageRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".cosmos.base.query.v1beta1.PageRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.cosmos.base.query.v1beta1.PageRequest();
                        if (object.key != null)
                            if (object.key.length)
                                if (typeof object.key === "string")
                                    $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                                else if (object.key.length >= 0)
                                    message.key = object.key;
                        if (object.offset != null)
                            if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                                if ($util.Long)
                                    message.offset = $util.Long.fromValue(object.offset, true);
                                else if (typeof object.offset === "string")
                                    message.offset = $parseInt(object.offset, 10);
                                else if (typeof object.offset === "number")
                                    message.offset = object.offset;
                                else if (typeof object.offset === "object")
                                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                        if (object.limit != null)
                            if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                                if ($util.Long)
                                    message.limit = $util.Long.fromValue(object.limit, true);
                                else if (typeof object.limit === "string")
                                    message.limit = $parseInt(object.limit, 10);
                                else if (typeof object.limit === "number")
                                    message.limit = object.limit;
                                else if (typeof object.limit === "object")
                                    message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                        if (object.countTotal != null)
                            if (object.countTotal)
                                message.countTotal = $Boolean(object.countTotal);
                        if (object.reverse != null)
                            if (object.reverse)
                                message.reverse = $Boolean(object.reverse);
                        return message;
                    };

                    PageRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if (options.bytes === $String)
                                object.key = "";
                            else {
                                object.key = [];
                                if (options.bytes !== $Array)
                                    object.key = $util.newBuffer(object.key);
                            }
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.countTotal = false;
                            object.reverse = false;
                        }
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                            else if (typeof message.offset === "number")
                                object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                            else
                                object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                            else if (typeof message.limit === "number")
                                object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                            else
                                object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                        if (message.countTotal != null && $Object.hasOwnProperty.call(message, "countTotal"))
                            object.countTotal = message.countTotal;
                        if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                            object.reverse = message.reverse;
                        return object;
                    };

                    PageRequest.prototype.toJSON = function() {
                        return PageRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    PageRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/cosmos.base.query.v1beta1.PageRequest";
                    };

                    return PageRequest;
                })();

                v1beta1.PageResponse = (function() {

                    const PageResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    PageResponse.prototype.nextKey = $util.newBuffer([]);

                    PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    PageResponse.create = function(properties) {
                        return new PageResponse(properties);
                    };

                    PageResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey") && message.nextKey.length)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nextKey);
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    PageResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.cosmos.base.query.v1beta1.PageResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.nextKey = value;
                                    else
                                        delete message.nextKey;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    PageResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.cosmos.base.query.v1beta1.PageResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".cosmos.base.query.v1beta1.PageResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.cosmos.base.query.v1beta1.PageResponse();
                        if (object.nextKey != null)
                            if (object.nextKey.length)
                                if (typeof object.nextKey === "string")
                                    $util.base64.decode(object.nextKey, message.nextKey = $util.newBuffer($util.base64.length(object.nextKey)), 0);
                                else if (object.nextKey.length >= 0)
                                    message.nextKey = object.nextKey;
                        if (object.total != null)
                            if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                                if ($util.Long)
                                    message.total = $util.Long.fromValue(object.total, true);
                                else if (typeof object.total === "string")
                                    message.total = $parseInt(object.total, 10);
                                else if (typeof object.total === "number")
                                    message.total = object.total;
                                else if (typeof object.total === "object")
                                    message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                        return message;
                    };

                    PageResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            if (options.bytes === $String)
                                object.nextKey = "";
                            else {
                                object.nextKey = [];
                                if (options.bytes !== $Array)
                                    object.nextKey = $util.newBuffer(object.nextKey);
                            }
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.nextKey != null && $Object.hasOwnProperty.call(message, "nextKey"))
                            object.nextKey = options.bytes === $String ? $util.base64.encode(message.nextKey, 0, message.nextKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextKey) : message.nextKey;
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                            else if (typeof message.total === "number")
                                object.total = options.longs === $String ? $String(message.total) : message.total;
                            else
                                object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                        return object;
                    };

                    PageResponse.prototype.toJSON = function() {
                        return PageResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    PageResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/cosmos.base.query.v1beta1.PageResponse";
                    };

                    return PageResponse;
                })();

                return v1beta1;
            })();

            return query;
        })();

        return base;
    })();

    return cosmos;
})();

export {
  $root as default
};
