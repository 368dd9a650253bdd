/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["datum_computeright_v1"] || ($protobuf.roots["datum_computeright_v1"] = {});

export const datum = $root.datum = (() => {

    const datum = {};

    datum.computeright = (function() {

        const computeright = {};

        computeright.v1 = (function() {

            const v1 = {};

            v1.EventOfferingCreated = (function() {

                const EventOfferingCreated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventOfferingCreated.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventOfferingCreated.prototype.assetId = "";

                EventOfferingCreated.prototype.owner = "";

                EventOfferingCreated.create = function(properties) {
                    return new EventOfferingCreated(properties);
                };

                EventOfferingCreated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.owner);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventOfferingCreated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventOfferingCreated();
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
                                    message.id = value;
                                else
                                    delete message.id;
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

                EventOfferingCreated.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventOfferingCreated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventOfferingCreated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventOfferingCreated();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    return message;
                };

                EventOfferingCreated.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.assetId = "";
                        object.owner = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    return object;
                };

                EventOfferingCreated.prototype.toJSON = function() {
                    return EventOfferingCreated.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventOfferingCreated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventOfferingCreated";
                };

                return EventOfferingCreated;
            })();

            v1.EventOfferingUpdated = (function() {

                const EventOfferingUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventOfferingUpdated.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventOfferingUpdated.create = function(properties) {
                    return new EventOfferingUpdated(properties);
                };

                EventOfferingUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventOfferingUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventOfferingUpdated();
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

                EventOfferingUpdated.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventOfferingUpdated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventOfferingUpdated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventOfferingUpdated();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                EventOfferingUpdated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                EventOfferingUpdated.prototype.toJSON = function() {
                    return EventOfferingUpdated.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventOfferingUpdated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventOfferingUpdated";
                };

                return EventOfferingUpdated;
            })();

            v1.EventOfferingStateChanged = (function() {

                const EventOfferingStateChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventOfferingStateChanged.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventOfferingStateChanged.prototype.state = "";

                EventOfferingStateChanged.create = function(properties) {
                    return new EventOfferingStateChanged(properties);
                };

                EventOfferingStateChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventOfferingStateChanged.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventOfferingStateChanged();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.state = value;
                                else
                                    delete message.state;
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

                EventOfferingStateChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventOfferingStateChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventOfferingStateChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventOfferingStateChanged();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.state != null)
                        if (typeof object.state !== "string" || object.state.length)
                            message.state = $String(object.state);
                    return message;
                };

                EventOfferingStateChanged.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.state = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = message.state;
                    return object;
                };

                EventOfferingStateChanged.prototype.toJSON = function() {
                    return EventOfferingStateChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventOfferingStateChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventOfferingStateChanged";
                };

                return EventOfferingStateChanged;
            })();

            v1.EventRightPurchased = (function() {

                const EventRightPurchased = function (properties) {
                    this.paid = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventRightPurchased.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventRightPurchased.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventRightPurchased.prototype.assetId = "";

                EventRightPurchased.prototype.buyer = "";

                EventRightPurchased.prototype.paid = $util.emptyArray;

                EventRightPurchased.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                EventRightPurchased.create = function(properties) {
                    return new EventRightPurchased(properties);
                };

                EventRightPurchased.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rightId);
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offeringId);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.assetId);
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer") && message.buyer !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.buyer);
                    if (message.paid != null && message.paid.length)
                        for (let i = 0; i < message.paid.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.paid[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.expiresAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventRightPurchased.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventRightPurchased();
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
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.buyer = value;
                                else
                                    delete message.buyer;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.paid && message.paid.length))
                                    message.paid = [];
                                message.paid.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
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

                EventRightPurchased.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventRightPurchased)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventRightPurchased: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventRightPurchased();
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.buyer != null)
                        if (typeof object.buyer !== "string" || object.buyer.length)
                            message.buyer = $String(object.buyer);
                    if (object.paid) {
                        if (!$Array.isArray(object.paid))
                            throw $TypeError(".datum.computeright.v1.EventRightPurchased.paid: array expected");
                        message.paid = $Array(object.paid.length);
                        for (let i = 0; i < object.paid.length; ++i) {
                            if (!$util.isObject(object.paid[i]))
                                throw $TypeError(".datum.computeright.v1.EventRightPurchased.paid: object expected");
                            message.paid[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.paid[i], _depth + 1);
                        }
                    }
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
                    return message;
                };

                EventRightPurchased.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.paid = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.assetId = "";
                        object.buyer = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer"))
                        object.buyer = message.buyer;
                    if (message.paid && message.paid.length) {
                        object.paid = $Array(message.paid.length);
                        for (let j = 0; j < message.paid.length; ++j)
                            object.paid[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.paid[j], options, _depth + 1);
                    }
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
                    return object;
                };

                EventRightPurchased.prototype.toJSON = function() {
                    return EventRightPurchased.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventRightPurchased.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventRightPurchased";
                };

                return EventRightPurchased;
            })();

            v1.EventRightTransferred = (function() {

                const EventRightTransferred = function (properties) {
                    this.price = [];
                    this.royalty = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventRightTransferred.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventRightTransferred.prototype.from = "";

                EventRightTransferred.prototype.to = "";

                EventRightTransferred.prototype.price = $util.emptyArray;

                EventRightTransferred.prototype.royalty = $util.emptyArray;

                EventRightTransferred.create = function(properties) {
                    return new EventRightTransferred(properties);
                };

                EventRightTransferred.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rightId);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.to);
                    if (message.price != null && message.price.length)
                        for (let i = 0; i < message.price.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.price[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.royalty != null && message.royalty.length)
                        for (let i = 0; i < message.royalty.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.royalty[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventRightTransferred.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventRightTransferred();
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
                                    message.rightId = value;
                                else
                                    delete message.rightId;
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
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.price && message.price.length))
                                    message.price = [];
                                message.price.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.royalty && message.royalty.length))
                                    message.royalty = [];
                                message.royalty.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
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

                EventRightTransferred.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventRightTransferred)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventRightTransferred: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventRightTransferred();
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    if (object.to != null)
                        if (typeof object.to !== "string" || object.to.length)
                            message.to = $String(object.to);
                    if (object.price) {
                        if (!$Array.isArray(object.price))
                            throw $TypeError(".datum.computeright.v1.EventRightTransferred.price: array expected");
                        message.price = $Array(object.price.length);
                        for (let i = 0; i < object.price.length; ++i) {
                            if (!$util.isObject(object.price[i]))
                                throw $TypeError(".datum.computeright.v1.EventRightTransferred.price: object expected");
                            message.price[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.price[i], _depth + 1);
                        }
                    }
                    if (object.royalty) {
                        if (!$Array.isArray(object.royalty))
                            throw $TypeError(".datum.computeright.v1.EventRightTransferred.royalty: array expected");
                        message.royalty = $Array(object.royalty.length);
                        for (let i = 0; i < object.royalty.length; ++i) {
                            if (!$util.isObject(object.royalty[i]))
                                throw $TypeError(".datum.computeright.v1.EventRightTransferred.royalty: object expected");
                            message.royalty[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.royalty[i], _depth + 1);
                        }
                    }
                    return message;
                };

                EventRightTransferred.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.price = [];
                        object.royalty = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.from = "";
                        object.to = "";
                    }
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        object.to = message.to;
                    if (message.price && message.price.length) {
                        object.price = $Array(message.price.length);
                        for (let j = 0; j < message.price.length; ++j)
                            object.price[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.price[j], options, _depth + 1);
                    }
                    if (message.royalty && message.royalty.length) {
                        object.royalty = $Array(message.royalty.length);
                        for (let j = 0; j < message.royalty.length; ++j)
                            object.royalty[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.royalty[j], options, _depth + 1);
                    }
                    return object;
                };

                EventRightTransferred.prototype.toJSON = function() {
                    return EventRightTransferred.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventRightTransferred.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventRightTransferred";
                };

                return EventRightTransferred;
            })();

            v1.EventRightListed = (function() {

                const EventRightListed = function (properties) {
                    this.ask = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventRightListed.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventRightListed.prototype.holder = "";

                EventRightListed.prototype.ask = $util.emptyArray;

                EventRightListed.create = function(properties) {
                    return new EventRightListed(properties);
                };

                EventRightListed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rightId);
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder") && message.holder !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.holder);
                    if (message.ask != null && message.ask.length)
                        for (let i = 0; i < message.ask.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.ask[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventRightListed.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventRightListed();
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
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holder = value;
                                else
                                    delete message.holder;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.ask && message.ask.length))
                                    message.ask = [];
                                message.ask.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
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

                EventRightListed.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventRightListed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventRightListed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventRightListed();
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.holder != null)
                        if (typeof object.holder !== "string" || object.holder.length)
                            message.holder = $String(object.holder);
                    if (object.ask) {
                        if (!$Array.isArray(object.ask))
                            throw $TypeError(".datum.computeright.v1.EventRightListed.ask: array expected");
                        message.ask = $Array(object.ask.length);
                        for (let i = 0; i < object.ask.length; ++i) {
                            if (!$util.isObject(object.ask[i]))
                                throw $TypeError(".datum.computeright.v1.EventRightListed.ask: object expected");
                            message.ask[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.ask[i], _depth + 1);
                        }
                    }
                    return message;
                };

                EventRightListed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.ask = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.holder = "";
                    }
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder"))
                        object.holder = message.holder;
                    if (message.ask && message.ask.length) {
                        object.ask = $Array(message.ask.length);
                        for (let j = 0; j < message.ask.length; ++j)
                            object.ask[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.ask[j], options, _depth + 1);
                    }
                    return object;
                };

                EventRightListed.prototype.toJSON = function() {
                    return EventRightListed.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventRightListed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventRightListed";
                };

                return EventRightListed;
            })();

            v1.EventRightStateChanged = (function() {

                const EventRightStateChanged = function (properties) {
                    this.refunded = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventRightStateChanged.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventRightStateChanged.prototype.state = "";

                EventRightStateChanged.prototype.refunded = $util.emptyArray;

                EventRightStateChanged.create = function(properties) {
                    return new EventRightStateChanged(properties);
                };

                EventRightStateChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rightId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                    if (message.refunded != null && message.refunded.length)
                        for (let i = 0; i < message.refunded.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.refunded[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventRightStateChanged.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventRightStateChanged();
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
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.refunded && message.refunded.length))
                                    message.refunded = [];
                                message.refunded.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
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

                EventRightStateChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventRightStateChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventRightStateChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventRightStateChanged();
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.state != null)
                        if (typeof object.state !== "string" || object.state.length)
                            message.state = $String(object.state);
                    if (object.refunded) {
                        if (!$Array.isArray(object.refunded))
                            throw $TypeError(".datum.computeright.v1.EventRightStateChanged.refunded: array expected");
                        message.refunded = $Array(object.refunded.length);
                        for (let i = 0; i < object.refunded.length; ++i) {
                            if (!$util.isObject(object.refunded[i]))
                                throw $TypeError(".datum.computeright.v1.EventRightStateChanged.refunded: object expected");
                            message.refunded[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.refunded[i], _depth + 1);
                        }
                    }
                    return message;
                };

                EventRightStateChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.refunded = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.state = "";
                    }
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = message.state;
                    if (message.refunded && message.refunded.length) {
                        object.refunded = $Array(message.refunded.length);
                        for (let j = 0; j < message.refunded.length; ++j)
                            object.refunded[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.refunded[j], options, _depth + 1);
                    }
                    return object;
                };

                EventRightStateChanged.prototype.toJSON = function() {
                    return EventRightStateChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventRightStateChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventRightStateChanged";
                };

                return EventRightStateChanged;
            })();

            v1.EventJobRequested = (function() {

                const EventJobRequested = function (properties) {
                    this.rightIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobRequested.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobRequested.prototype.requester = "";

                EventJobRequested.prototype.rightIds = $util.emptyArray;

                EventJobRequested.prototype.codeHash = "";

                EventJobRequested.prototype.epsilonMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobRequested.prototype.acceptBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                EventJobRequested.prototype.finalBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                EventJobRequested.create = function(properties) {
                    return new EventJobRequested(properties);
                };

                EventJobRequested.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.requester);
                    if (message.rightIds != null && message.rightIds.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.rightIds);
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.codeHash);
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro") && (typeof message.epsilonMicro === "object" ? message.epsilonMicro.low || message.epsilonMicro.high : message.epsilonMicro !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.epsilonMicro);
                    if (message.acceptBy != null && $Object.hasOwnProperty.call(message, "acceptBy") && (typeof message.acceptBy === "object" ? message.acceptBy.low || message.acceptBy.high : message.acceptBy !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.acceptBy);
                    if (message.finalBy != null && $Object.hasOwnProperty.call(message, "finalBy") && (typeof message.finalBy === "object" ? message.finalBy.low || message.finalBy.high : message.finalBy !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.finalBy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobRequested.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventJobRequested();
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
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requester = value;
                                else
                                    delete message.requester;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.rightIds && message.rightIds.length))
                                        message.rightIds = [];
                                    reader.uint64s(message.rightIds);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.rightIds && message.rightIds.length))
                                    message.rightIds = [];
                                message.rightIds.push(reader.uint64());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.codeHash = value;
                                else
                                    delete message.codeHash;
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
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acceptBy = value;
                                else
                                    delete message.acceptBy;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.finalBy = value;
                                else
                                    delete message.finalBy;
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

                EventJobRequested.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventJobRequested)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventJobRequested: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventJobRequested();
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
                    if (object.requester != null)
                        if (typeof object.requester !== "string" || object.requester.length)
                            message.requester = $String(object.requester);
                    if (object.rightIds) {
                        if (!$Array.isArray(object.rightIds))
                            throw $TypeError(".datum.computeright.v1.EventJobRequested.rightIds: array expected");
                        message.rightIds = $Array(object.rightIds.length);
                        for (let i = 0; i < object.rightIds.length; ++i)
                            if ($util.Long)
                                message.rightIds[i] = $util.Long.fromValue(object.rightIds[i], true);
                            else if (typeof object.rightIds[i] === "string")
                                message.rightIds[i] = $parseInt(object.rightIds[i], 10);
                            else if (typeof object.rightIds[i] === "number")
                                message.rightIds[i] = object.rightIds[i];
                            else if (typeof object.rightIds[i] === "object")
                                message.rightIds[i] = new $util.LongBits(object.rightIds[i].low >>> 0, object.rightIds[i].high >>> 0).toNumber(true);
                    }
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
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
                    if (object.acceptBy != null)
                        if (typeof object.acceptBy === "object" ? object.acceptBy.low || object.acceptBy.high : $Number(object.acceptBy) !== 0)
                            if ($util.Long)
                                message.acceptBy = $util.Long.fromValue(object.acceptBy, false);
                            else if (typeof object.acceptBy === "string")
                                message.acceptBy = $parseInt(object.acceptBy, 10);
                            else if (typeof object.acceptBy === "number")
                                message.acceptBy = object.acceptBy;
                            else if (typeof object.acceptBy === "object")
                                message.acceptBy = new $util.LongBits(object.acceptBy.low >>> 0, object.acceptBy.high >>> 0).toNumber();
                    if (object.finalBy != null)
                        if (typeof object.finalBy === "object" ? object.finalBy.low || object.finalBy.high : $Number(object.finalBy) !== 0)
                            if ($util.Long)
                                message.finalBy = $util.Long.fromValue(object.finalBy, false);
                            else if (typeof object.finalBy === "string")
                                message.finalBy = $parseInt(object.finalBy, 10);
                            else if (typeof object.finalBy === "number")
                                message.finalBy = object.finalBy;
                            else if (typeof object.finalBy === "object")
                                message.finalBy = new $util.LongBits(object.finalBy.low >>> 0, object.finalBy.high >>> 0).toNumber();
                    return message;
                };

                EventJobRequested.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rightIds = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.requester = "";
                        object.codeHash = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.acceptBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.finalBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.finalBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                        object.requester = message.requester;
                    if (message.rightIds && message.rightIds.length) {
                        object.rightIds = $Array(message.rightIds.length);
                        for (let j = 0; j < message.rightIds.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.rightIds[j] = typeof message.rightIds[j] === "number" ? $BigInt(message.rightIds[j]) : $util.Long.fromBits(message.rightIds[j].low >>> 0, message.rightIds[j].high >>> 0, true).toBigInt();
                            else if (typeof message.rightIds[j] === "number")
                                object.rightIds[j] = options.longs === $String ? $String(message.rightIds[j]) : message.rightIds[j];
                            else
                                object.rightIds[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.rightIds[j]) : options.longs === $Number ? new $util.LongBits(message.rightIds[j].low >>> 0, message.rightIds[j].high >>> 0).toNumber(true) : message.rightIds[j];
                    }
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonMicro = typeof message.epsilonMicro === "number" ? $BigInt(message.epsilonMicro) : $util.Long.fromBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonMicro === "number")
                            object.epsilonMicro = options.longs === $String ? $String(message.epsilonMicro) : message.epsilonMicro;
                        else
                            object.epsilonMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0).toNumber(true) : message.epsilonMicro;
                    if (message.acceptBy != null && $Object.hasOwnProperty.call(message, "acceptBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.acceptBy = typeof message.acceptBy === "number" ? $BigInt(message.acceptBy) : $util.Long.fromBits(message.acceptBy.low >>> 0, message.acceptBy.high >>> 0, false).toBigInt();
                        else if (typeof message.acceptBy === "number")
                            object.acceptBy = options.longs === $String ? $String(message.acceptBy) : message.acceptBy;
                        else
                            object.acceptBy = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptBy) : options.longs === $Number ? new $util.LongBits(message.acceptBy.low >>> 0, message.acceptBy.high >>> 0).toNumber() : message.acceptBy;
                    if (message.finalBy != null && $Object.hasOwnProperty.call(message, "finalBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.finalBy = typeof message.finalBy === "number" ? $BigInt(message.finalBy) : $util.Long.fromBits(message.finalBy.low >>> 0, message.finalBy.high >>> 0, false).toBigInt();
                        else if (typeof message.finalBy === "number")
                            object.finalBy = options.longs === $String ? $String(message.finalBy) : message.finalBy;
                        else
                            object.finalBy = options.longs === $String ? $util.Long.prototype.toString.call(message.finalBy) : options.longs === $Number ? new $util.LongBits(message.finalBy.low >>> 0, message.finalBy.high >>> 0).toNumber() : message.finalBy;
                    return object;
                };

                EventJobRequested.prototype.toJSON = function() {
                    return EventJobRequested.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobRequested.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventJobRequested";
                };

                return EventJobRequested;
            })();

            v1.EventJobStateChanged = (function() {

                const EventJobStateChanged = function (properties) {
                    this.refunded = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobStateChanged.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobStateChanged.prototype.state = "";

                EventJobStateChanged.prototype.fault = "";

                EventJobStateChanged.prototype.refunded = $util.emptyArray;

                EventJobStateChanged.create = function(properties) {
                    return new EventJobStateChanged(properties);
                };

                EventJobStateChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.fault);
                    if (message.refunded != null && message.refunded.length)
                        for (let i = 0; i < message.refunded.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.refunded[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobStateChanged.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventJobStateChanged();
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
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.refunded && message.refunded.length))
                                    message.refunded = [];
                                message.refunded.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
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

                EventJobStateChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventJobStateChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventJobStateChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventJobStateChanged();
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
                    if (object.state != null)
                        if (typeof object.state !== "string" || object.state.length)
                            message.state = $String(object.state);
                    if (object.fault != null)
                        if (typeof object.fault !== "string" || object.fault.length)
                            message.fault = $String(object.fault);
                    if (object.refunded) {
                        if (!$Array.isArray(object.refunded))
                            throw $TypeError(".datum.computeright.v1.EventJobStateChanged.refunded: array expected");
                        message.refunded = $Array(object.refunded.length);
                        for (let i = 0; i < object.refunded.length; ++i) {
                            if (!$util.isObject(object.refunded[i]))
                                throw $TypeError(".datum.computeright.v1.EventJobStateChanged.refunded: object expected");
                            message.refunded[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.refunded[i], _depth + 1);
                        }
                    }
                    return message;
                };

                EventJobStateChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.refunded = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.state = "";
                        object.fault = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = message.state;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = message.fault;
                    if (message.refunded && message.refunded.length) {
                        object.refunded = $Array(message.refunded.length);
                        for (let j = 0; j < message.refunded.length; ++j)
                            object.refunded[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.refunded[j], options, _depth + 1);
                    }
                    return object;
                };

                EventJobStateChanged.prototype.toJSON = function() {
                    return EventJobStateChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobStateChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventJobStateChanged";
                };

                return EventJobStateChanged;
            })();

            v1.EventJobSettled = (function() {

                const EventJobSettled = function (properties) {
                    this.toOwnerSide = [];
                    this.toExecutors = [];
                    this.refunded = [];
                    this.protocolFee = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                EventJobSettled.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                EventJobSettled.prototype.fault = "";

                EventJobSettled.prototype.toOwnerSide = $util.emptyArray;

                EventJobSettled.prototype.toExecutors = $util.emptyArray;

                EventJobSettled.prototype.refunded = $util.emptyArray;

                EventJobSettled.prototype.protocolFee = $util.emptyArray;

                EventJobSettled.create = function(properties) {
                    return new EventJobSettled(properties);
                };

                EventJobSettled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fault);
                    if (message.toOwnerSide != null && message.toOwnerSide.length)
                        for (let i = 0; i < message.toOwnerSide.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.toOwnerSide[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.toExecutors != null && message.toExecutors.length)
                        for (let i = 0; i < message.toExecutors.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.toExecutors[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.refunded != null && message.refunded.length)
                        for (let i = 0; i < message.refunded.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.refunded[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.protocolFee != null && message.protocolFee.length)
                        for (let i = 0; i < message.protocolFee.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.protocolFee[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                EventJobSettled.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.EventJobSettled();
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
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.toOwnerSide && message.toOwnerSide.length))
                                    message.toOwnerSide = [];
                                message.toOwnerSide.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.toExecutors && message.toExecutors.length))
                                    message.toExecutors = [];
                                message.toExecutors.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.refunded && message.refunded.length))
                                    message.refunded = [];
                                message.refunded.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.protocolFee && message.protocolFee.length))
                                    message.protocolFee = [];
                                message.protocolFee.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
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

                EventJobSettled.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.EventJobSettled)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.EventJobSettled: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.EventJobSettled();
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
                    if (object.fault != null)
                        if (typeof object.fault !== "string" || object.fault.length)
                            message.fault = $String(object.fault);
                    if (object.toOwnerSide) {
                        if (!$Array.isArray(object.toOwnerSide))
                            throw $TypeError(".datum.computeright.v1.EventJobSettled.toOwnerSide: array expected");
                        message.toOwnerSide = $Array(object.toOwnerSide.length);
                        for (let i = 0; i < object.toOwnerSide.length; ++i) {
                            if (!$util.isObject(object.toOwnerSide[i]))
                                throw $TypeError(".datum.computeright.v1.EventJobSettled.toOwnerSide: object expected");
                            message.toOwnerSide[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.toOwnerSide[i], _depth + 1);
                        }
                    }
                    if (object.toExecutors) {
                        if (!$Array.isArray(object.toExecutors))
                            throw $TypeError(".datum.computeright.v1.EventJobSettled.toExecutors: array expected");
                        message.toExecutors = $Array(object.toExecutors.length);
                        for (let i = 0; i < object.toExecutors.length; ++i) {
                            if (!$util.isObject(object.toExecutors[i]))
                                throw $TypeError(".datum.computeright.v1.EventJobSettled.toExecutors: object expected");
                            message.toExecutors[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.toExecutors[i], _depth + 1);
                        }
                    }
                    if (object.refunded) {
                        if (!$Array.isArray(object.refunded))
                            throw $TypeError(".datum.computeright.v1.EventJobSettled.refunded: array expected");
                        message.refunded = $Array(object.refunded.length);
                        for (let i = 0; i < object.refunded.length; ++i) {
                            if (!$util.isObject(object.refunded[i]))
                                throw $TypeError(".datum.computeright.v1.EventJobSettled.refunded: object expected");
                            message.refunded[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.refunded[i], _depth + 1);
                        }
                    }
                    if (object.protocolFee) {
                        if (!$Array.isArray(object.protocolFee))
                            throw $TypeError(".datum.computeright.v1.EventJobSettled.protocolFee: array expected");
                        message.protocolFee = $Array(object.protocolFee.length);
                        for (let i = 0; i < object.protocolFee.length; ++i) {
                            if (!$util.isObject(object.protocolFee[i]))
                                throw $TypeError(".datum.computeright.v1.EventJobSettled.protocolFee: object expected");
                            message.protocolFee[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.protocolFee[i], _depth + 1);
                        }
                    }
                    return message;
                };

                EventJobSettled.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.toOwnerSide = [];
                        object.toExecutors = [];
                        object.refunded = [];
                        object.protocolFee = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.fault = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = message.fault;
                    if (message.toOwnerSide && message.toOwnerSide.length) {
                        object.toOwnerSide = $Array(message.toOwnerSide.length);
                        for (let j = 0; j < message.toOwnerSide.length; ++j)
                            object.toOwnerSide[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.toOwnerSide[j], options, _depth + 1);
                    }
                    if (message.toExecutors && message.toExecutors.length) {
                        object.toExecutors = $Array(message.toExecutors.length);
                        for (let j = 0; j < message.toExecutors.length; ++j)
                            object.toExecutors[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.toExecutors[j], options, _depth + 1);
                    }
                    if (message.refunded && message.refunded.length) {
                        object.refunded = $Array(message.refunded.length);
                        for (let j = 0; j < message.refunded.length; ++j)
                            object.refunded[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.refunded[j], options, _depth + 1);
                    }
                    if (message.protocolFee && message.protocolFee.length) {
                        object.protocolFee = $Array(message.protocolFee.length);
                        for (let j = 0; j < message.protocolFee.length; ++j)
                            object.protocolFee[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.protocolFee[j], options, _depth + 1);
                    }
                    return object;
                };

                EventJobSettled.prototype.toJSON = function() {
                    return EventJobSettled.toObject(this, $protobuf.util.toJSONOptions);
                };

                EventJobSettled.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.EventJobSettled";
                };

                return EventJobSettled;
            })();

            v1.GenesisState = (function() {

                const GenesisState = function (properties) {
                    this.offerings = [];
                    this.rights = [];
                    this.jobs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GenesisState.prototype.params = null;

                GenesisState.prototype.offerings = $util.emptyArray;

                GenesisState.prototype.rights = $util.emptyArray;

                GenesisState.prototype.jobs = $util.emptyArray;

                GenesisState.prototype.offeringSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                GenesisState.prototype.rightSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                GenesisState.prototype.jobSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                        $root.datum.computeright.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.offerings != null && message.offerings.length)
                        for (let i = 0; i < message.offerings.length; ++i)
                            $root.datum.computeright.v1.Offering.encode(message.offerings[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.rights != null && message.rights.length)
                        for (let i = 0; i < message.rights.length; ++i)
                            $root.datum.computeright.v1.ComputeRight.encode(message.rights[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.jobs != null && message.jobs.length)
                        for (let i = 0; i < message.jobs.length; ++i)
                            $root.datum.computeright.v1.Job.encode(message.jobs[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.offeringSequence != null && $Object.hasOwnProperty.call(message, "offeringSequence") && (typeof message.offeringSequence === "object" ? message.offeringSequence.low || message.offeringSequence.high : message.offeringSequence !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.offeringSequence);
                    if (message.rightSequence != null && $Object.hasOwnProperty.call(message, "rightSequence") && (typeof message.rightSequence === "object" ? message.rightSequence.low || message.rightSequence.high : message.rightSequence !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.rightSequence);
                    if (message.jobSequence != null && $Object.hasOwnProperty.call(message, "jobSequence") && (typeof message.jobSequence === "object" ? message.jobSequence.low || message.jobSequence.high : message.jobSequence !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.jobSequence);
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
                    message = _target || new $root.datum.computeright.v1.GenesisState();
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
                                message.params = $root.datum.computeright.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.offerings && message.offerings.length))
                                    message.offerings = [];
                                message.offerings.push($root.datum.computeright.v1.Offering.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.rights && message.rights.length))
                                    message.rights = [];
                                message.rights.push($root.datum.computeright.v1.ComputeRight.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.jobs && message.jobs.length))
                                    message.jobs = [];
                                message.jobs.push($root.datum.computeright.v1.Job.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringSequence = value;
                                else
                                    delete message.offeringSequence;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rightSequence = value;
                                else
                                    delete message.rightSequence;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobSequence = value;
                                else
                                    delete message.jobSequence;
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
                    if (object instanceof $root.datum.computeright.v1.GenesisState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.GenesisState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.GenesisState();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".datum.computeright.v1.GenesisState.params: object expected");
                        message.params = $root.datum.computeright.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    if (object.offerings) {
                        if (!$Array.isArray(object.offerings))
                            throw $TypeError(".datum.computeright.v1.GenesisState.offerings: array expected");
                        message.offerings = $Array(object.offerings.length);
                        for (let i = 0; i < object.offerings.length; ++i) {
                            if (!$util.isObject(object.offerings[i]))
                                throw $TypeError(".datum.computeright.v1.GenesisState.offerings: object expected");
                            message.offerings[i] = $root.datum.computeright.v1.Offering.fromObject(object.offerings[i], _depth + 1);
                        }
                    }
                    if (object.rights) {
                        if (!$Array.isArray(object.rights))
                            throw $TypeError(".datum.computeright.v1.GenesisState.rights: array expected");
                        message.rights = $Array(object.rights.length);
                        for (let i = 0; i < object.rights.length; ++i) {
                            if (!$util.isObject(object.rights[i]))
                                throw $TypeError(".datum.computeright.v1.GenesisState.rights: object expected");
                            message.rights[i] = $root.datum.computeright.v1.ComputeRight.fromObject(object.rights[i], _depth + 1);
                        }
                    }
                    if (object.jobs) {
                        if (!$Array.isArray(object.jobs))
                            throw $TypeError(".datum.computeright.v1.GenesisState.jobs: array expected");
                        message.jobs = $Array(object.jobs.length);
                        for (let i = 0; i < object.jobs.length; ++i) {
                            if (!$util.isObject(object.jobs[i]))
                                throw $TypeError(".datum.computeright.v1.GenesisState.jobs: object expected");
                            message.jobs[i] = $root.datum.computeright.v1.Job.fromObject(object.jobs[i], _depth + 1);
                        }
                    }
                    if (object.offeringSequence != null)
                        if (typeof object.offeringSequence === "object" ? object.offeringSequence.low || object.offeringSequence.high : $Number(object.offeringSequence) !== 0)
                            if ($util.Long)
                                message.offeringSequence = $util.Long.fromValue(object.offeringSequence, true);
                            else if (typeof object.offeringSequence === "string")
                                message.offeringSequence = $parseInt(object.offeringSequence, 10);
                            else if (typeof object.offeringSequence === "number")
                                message.offeringSequence = object.offeringSequence;
                            else if (typeof object.offeringSequence === "object")
                                message.offeringSequence = new $util.LongBits(object.offeringSequence.low >>> 0, object.offeringSequence.high >>> 0).toNumber(true);
                    if (object.rightSequence != null)
                        if (typeof object.rightSequence === "object" ? object.rightSequence.low || object.rightSequence.high : $Number(object.rightSequence) !== 0)
                            if ($util.Long)
                                message.rightSequence = $util.Long.fromValue(object.rightSequence, true);
                            else if (typeof object.rightSequence === "string")
                                message.rightSequence = $parseInt(object.rightSequence, 10);
                            else if (typeof object.rightSequence === "number")
                                message.rightSequence = object.rightSequence;
                            else if (typeof object.rightSequence === "object")
                                message.rightSequence = new $util.LongBits(object.rightSequence.low >>> 0, object.rightSequence.high >>> 0).toNumber(true);
                    if (object.jobSequence != null)
                        if (typeof object.jobSequence === "object" ? object.jobSequence.low || object.jobSequence.high : $Number(object.jobSequence) !== 0)
                            if ($util.Long)
                                message.jobSequence = $util.Long.fromValue(object.jobSequence, true);
                            else if (typeof object.jobSequence === "string")
                                message.jobSequence = $parseInt(object.jobSequence, 10);
                            else if (typeof object.jobSequence === "number")
                                message.jobSequence = object.jobSequence;
                            else if (typeof object.jobSequence === "object")
                                message.jobSequence = new $util.LongBits(object.jobSequence.low >>> 0, object.jobSequence.high >>> 0).toNumber(true);
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
                        object.offerings = [];
                        object.rights = [];
                        object.jobs = [];
                    }
                    if (options.defaults) {
                        object.params = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobSequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobSequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.datum.computeright.v1.Params.toObject(message.params, options, _depth + 1);
                    if (message.offerings && message.offerings.length) {
                        object.offerings = $Array(message.offerings.length);
                        for (let j = 0; j < message.offerings.length; ++j)
                            object.offerings[j] = $root.datum.computeright.v1.Offering.toObject(message.offerings[j], options, _depth + 1);
                    }
                    if (message.rights && message.rights.length) {
                        object.rights = $Array(message.rights.length);
                        for (let j = 0; j < message.rights.length; ++j)
                            object.rights[j] = $root.datum.computeright.v1.ComputeRight.toObject(message.rights[j], options, _depth + 1);
                    }
                    if (message.jobs && message.jobs.length) {
                        object.jobs = $Array(message.jobs.length);
                        for (let j = 0; j < message.jobs.length; ++j)
                            object.jobs[j] = $root.datum.computeright.v1.Job.toObject(message.jobs[j], options, _depth + 1);
                    }
                    if (message.offeringSequence != null && $Object.hasOwnProperty.call(message, "offeringSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringSequence = typeof message.offeringSequence === "number" ? $BigInt(message.offeringSequence) : $util.Long.fromBits(message.offeringSequence.low >>> 0, message.offeringSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringSequence === "number")
                            object.offeringSequence = options.longs === $String ? $String(message.offeringSequence) : message.offeringSequence;
                        else
                            object.offeringSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringSequence) : options.longs === $Number ? new $util.LongBits(message.offeringSequence.low >>> 0, message.offeringSequence.high >>> 0).toNumber(true) : message.offeringSequence;
                    if (message.rightSequence != null && $Object.hasOwnProperty.call(message, "rightSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightSequence = typeof message.rightSequence === "number" ? $BigInt(message.rightSequence) : $util.Long.fromBits(message.rightSequence.low >>> 0, message.rightSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.rightSequence === "number")
                            object.rightSequence = options.longs === $String ? $String(message.rightSequence) : message.rightSequence;
                        else
                            object.rightSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.rightSequence) : options.longs === $Number ? new $util.LongBits(message.rightSequence.low >>> 0, message.rightSequence.high >>> 0).toNumber(true) : message.rightSequence;
                    if (message.jobSequence != null && $Object.hasOwnProperty.call(message, "jobSequence"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobSequence = typeof message.jobSequence === "number" ? $BigInt(message.jobSequence) : $util.Long.fromBits(message.jobSequence.low >>> 0, message.jobSequence.high >>> 0, true).toBigInt();
                        else if (typeof message.jobSequence === "number")
                            object.jobSequence = options.longs === $String ? $String(message.jobSequence) : message.jobSequence;
                        else
                            object.jobSequence = options.longs === $String ? $util.Long.prototype.toString.call(message.jobSequence) : options.longs === $Number ? new $util.LongBits(message.jobSequence.low >>> 0, message.jobSequence.high >>> 0).toNumber(true) : message.jobSequence;
                    return object;
                };

                GenesisState.prototype.toJSON = function() {
                    return GenesisState.toObject(this, $protobuf.util.toJSONOptions);
                };

                GenesisState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.OfferingState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OFFERING_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OFFERING_STATE_ACTIVE"] = 1;
                values[valuesById[2] = "OFFERING_STATE_PAUSED"] = 2;
                values[valuesById[3] = "OFFERING_STATE_CLOSED"] = 3;
                return values;
            })();

            v1.TransferMode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TRANSFER_MODE_NONE"] = 0;
                values[valuesById[1] = "TRANSFER_MODE_GIFT"] = 1;
                values[valuesById[2] = "TRANSFER_MODE_RESALE"] = 2;
                return values;
            })();

            v1.TransferPolicy = (function() {

                const TransferPolicy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TransferPolicy.prototype.mode = 0;

                TransferPolicy.prototype.holdSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                TransferPolicy.prototype.royaltyBps = 0;

                TransferPolicy.create = function(properties) {
                    return new TransferPolicy(properties);
                };

                TransferPolicy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                    if (message.holdSeconds != null && $Object.hasOwnProperty.call(message, "holdSeconds") && (typeof message.holdSeconds === "object" ? message.holdSeconds.low || message.holdSeconds.high : message.holdSeconds !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.holdSeconds);
                    if (message.royaltyBps != null && $Object.hasOwnProperty.call(message, "royaltyBps") && message.royaltyBps !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.royaltyBps);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TransferPolicy.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.TransferPolicy();
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
                                    message.mode = value;
                                else
                                    delete message.mode;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.holdSeconds = value;
                                else
                                    delete message.holdSeconds;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.royaltyBps = value;
                                else
                                    delete message.royaltyBps;
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

                TransferPolicy.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.TransferPolicy)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.TransferPolicy: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.TransferPolicy();
                    if (object.mode !== 0 && (typeof object.mode !== "string" || $root.datum.computeright.v1.TransferMode[object.mode] !== 0))
                        switch (object.mode) {
                        case "TRANSFER_MODE_NONE":
                        case 0:
                            message.mode = 0;
                            break;
                        case "TRANSFER_MODE_GIFT":
                        case 1:
                            message.mode = 1;
                            break;
                        case "TRANSFER_MODE_RESALE":
                        case 2:
                            message.mode = 2;
                            break;
                        default:
                            if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                                message.mode = object.mode;
                        }
                    if (object.holdSeconds != null)
                        if (typeof object.holdSeconds === "object" ? object.holdSeconds.low || object.holdSeconds.high : $Number(object.holdSeconds) !== 0)
                            if ($util.Long)
                                message.holdSeconds = $util.Long.fromValue(object.holdSeconds, true);
                            else if (typeof object.holdSeconds === "string")
                                message.holdSeconds = $parseInt(object.holdSeconds, 10);
                            else if (typeof object.holdSeconds === "number")
                                message.holdSeconds = object.holdSeconds;
                            else if (typeof object.holdSeconds === "object")
                                message.holdSeconds = new $util.LongBits(object.holdSeconds.low >>> 0, object.holdSeconds.high >>> 0).toNumber(true);
                    if (object.royaltyBps != null)
                        if ($Number(object.royaltyBps) !== 0)
                            message.royaltyBps = object.royaltyBps >>> 0;
                    return message;
                };

                TransferPolicy.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.mode = options.enums === $String ? "TRANSFER_MODE_NONE" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.holdSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.holdSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.royaltyBps = 0;
                    }
                    if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                        object.mode = options.enums === $String ? $root.datum.computeright.v1.TransferMode[message.mode] === $undefined ? message.mode : $root.datum.computeright.v1.TransferMode[message.mode] : message.mode;
                    if (message.holdSeconds != null && $Object.hasOwnProperty.call(message, "holdSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.holdSeconds = typeof message.holdSeconds === "number" ? $BigInt(message.holdSeconds) : $util.Long.fromBits(message.holdSeconds.low >>> 0, message.holdSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.holdSeconds === "number")
                            object.holdSeconds = options.longs === $String ? $String(message.holdSeconds) : message.holdSeconds;
                        else
                            object.holdSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.holdSeconds) : options.longs === $Number ? new $util.LongBits(message.holdSeconds.low >>> 0, message.holdSeconds.high >>> 0).toNumber(true) : message.holdSeconds;
                    if (message.royaltyBps != null && $Object.hasOwnProperty.call(message, "royaltyBps"))
                        object.royaltyBps = message.royaltyBps;
                    return object;
                };

                TransferPolicy.prototype.toJSON = function() {
                    return TransferPolicy.toObject(this, $protobuf.util.toJSONOptions);
                };

                TransferPolicy.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.TransferPolicy";
                };

                return TransferPolicy;
            })();

            v1.OfferingTerms = (function() {

                const OfferingTerms = function (properties) {
                    this.buyerAllowlist = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                OfferingTerms.prototype.pricePerUse = null;

                OfferingTerms.prototype.usesPerRight = 0;

                OfferingTerms.prototype.validitySeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                OfferingTerms.prototype.epsilonPerUseMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                OfferingTerms.prototype.maxSupply = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                OfferingTerms.prototype.perBuyerCap = 0;

                OfferingTerms.prototype.buyerAllowlist = $util.emptyArray;

                OfferingTerms.prototype.transferPolicy = null;

                OfferingTerms.create = function(properties) {
                    return new OfferingTerms(properties);
                };

                OfferingTerms.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pricePerUse != null && $Object.hasOwnProperty.call(message, "pricePerUse"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.pricePerUse, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.usesPerRight != null && $Object.hasOwnProperty.call(message, "usesPerRight") && message.usesPerRight !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.usesPerRight);
                    if (message.validitySeconds != null && $Object.hasOwnProperty.call(message, "validitySeconds") && (typeof message.validitySeconds === "object" ? message.validitySeconds.low || message.validitySeconds.high : message.validitySeconds !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.validitySeconds);
                    if (message.epsilonPerUseMicro != null && $Object.hasOwnProperty.call(message, "epsilonPerUseMicro") && (typeof message.epsilonPerUseMicro === "object" ? message.epsilonPerUseMicro.low || message.epsilonPerUseMicro.high : message.epsilonPerUseMicro !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.epsilonPerUseMicro);
                    if (message.maxSupply != null && $Object.hasOwnProperty.call(message, "maxSupply") && (typeof message.maxSupply === "object" ? message.maxSupply.low || message.maxSupply.high : message.maxSupply !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.maxSupply);
                    if (message.perBuyerCap != null && $Object.hasOwnProperty.call(message, "perBuyerCap") && message.perBuyerCap !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.perBuyerCap);
                    if (message.buyerAllowlist != null && message.buyerAllowlist.length)
                        for (let i = 0; i < message.buyerAllowlist.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.buyerAllowlist[i]);
                    if (message.transferPolicy != null && $Object.hasOwnProperty.call(message, "transferPolicy"))
                        $root.datum.computeright.v1.TransferPolicy.encode(message.transferPolicy, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                OfferingTerms.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.OfferingTerms();
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
                                message.pricePerUse = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.pricePerUse);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.usesPerRight = value;
                                else
                                    delete message.usesPerRight;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validitySeconds = value;
                                else
                                    delete message.validitySeconds;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonPerUseMicro = value;
                                else
                                    delete message.epsilonPerUseMicro;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxSupply = value;
                                else
                                    delete message.maxSupply;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.perBuyerCap = value;
                                else
                                    delete message.perBuyerCap;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.buyerAllowlist && message.buyerAllowlist.length))
                                    message.buyerAllowlist = [];
                                message.buyerAllowlist.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.transferPolicy = $root.datum.computeright.v1.TransferPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.transferPolicy);
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

                OfferingTerms.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.OfferingTerms)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.OfferingTerms: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.OfferingTerms();
                    if (object.pricePerUse != null) {
                        if (!$util.isObject(object.pricePerUse))
                            throw $TypeError(".datum.computeright.v1.OfferingTerms.pricePerUse: object expected");
                        message.pricePerUse = $root.cosmos.base.v1beta1.Coin.fromObject(object.pricePerUse, _depth + 1);
                    }
                    if (object.usesPerRight != null)
                        if ($Number(object.usesPerRight) !== 0)
                            message.usesPerRight = object.usesPerRight >>> 0;
                    if (object.validitySeconds != null)
                        if (typeof object.validitySeconds === "object" ? object.validitySeconds.low || object.validitySeconds.high : $Number(object.validitySeconds) !== 0)
                            if ($util.Long)
                                message.validitySeconds = $util.Long.fromValue(object.validitySeconds, true);
                            else if (typeof object.validitySeconds === "string")
                                message.validitySeconds = $parseInt(object.validitySeconds, 10);
                            else if (typeof object.validitySeconds === "number")
                                message.validitySeconds = object.validitySeconds;
                            else if (typeof object.validitySeconds === "object")
                                message.validitySeconds = new $util.LongBits(object.validitySeconds.low >>> 0, object.validitySeconds.high >>> 0).toNumber(true);
                    if (object.epsilonPerUseMicro != null)
                        if (typeof object.epsilonPerUseMicro === "object" ? object.epsilonPerUseMicro.low || object.epsilonPerUseMicro.high : $Number(object.epsilonPerUseMicro) !== 0)
                            if ($util.Long)
                                message.epsilonPerUseMicro = $util.Long.fromValue(object.epsilonPerUseMicro, true);
                            else if (typeof object.epsilonPerUseMicro === "string")
                                message.epsilonPerUseMicro = $parseInt(object.epsilonPerUseMicro, 10);
                            else if (typeof object.epsilonPerUseMicro === "number")
                                message.epsilonPerUseMicro = object.epsilonPerUseMicro;
                            else if (typeof object.epsilonPerUseMicro === "object")
                                message.epsilonPerUseMicro = new $util.LongBits(object.epsilonPerUseMicro.low >>> 0, object.epsilonPerUseMicro.high >>> 0).toNumber(true);
                    if (object.maxSupply != null)
                        if (typeof object.maxSupply === "object" ? object.maxSupply.low || object.maxSupply.high : $Number(object.maxSupply) !== 0)
                            if ($util.Long)
                                message.maxSupply = $util.Long.fromValue(object.maxSupply, true);
                            else if (typeof object.maxSupply === "string")
                                message.maxSupply = $parseInt(object.maxSupply, 10);
                            else if (typeof object.maxSupply === "number")
                                message.maxSupply = object.maxSupply;
                            else if (typeof object.maxSupply === "object")
                                message.maxSupply = new $util.LongBits(object.maxSupply.low >>> 0, object.maxSupply.high >>> 0).toNumber(true);
                    if (object.perBuyerCap != null)
                        if ($Number(object.perBuyerCap) !== 0)
                            message.perBuyerCap = object.perBuyerCap >>> 0;
                    if (object.buyerAllowlist) {
                        if (!$Array.isArray(object.buyerAllowlist))
                            throw $TypeError(".datum.computeright.v1.OfferingTerms.buyerAllowlist: array expected");
                        message.buyerAllowlist = $Array(object.buyerAllowlist.length);
                        for (let i = 0; i < object.buyerAllowlist.length; ++i)
                            message.buyerAllowlist[i] = $String(object.buyerAllowlist[i]);
                    }
                    if (object.transferPolicy != null) {
                        if (!$util.isObject(object.transferPolicy))
                            throw $TypeError(".datum.computeright.v1.OfferingTerms.transferPolicy: object expected");
                        message.transferPolicy = $root.datum.computeright.v1.TransferPolicy.fromObject(object.transferPolicy, _depth + 1);
                    }
                    return message;
                };

                OfferingTerms.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.buyerAllowlist = [];
                    if (options.defaults) {
                        object.pricePerUse = null;
                        object.usesPerRight = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.validitySeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.validitySeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonPerUseMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonPerUseMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxSupply = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxSupply = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.perBuyerCap = 0;
                        object.transferPolicy = null;
                    }
                    if (message.pricePerUse != null && $Object.hasOwnProperty.call(message, "pricePerUse"))
                        object.pricePerUse = $root.cosmos.base.v1beta1.Coin.toObject(message.pricePerUse, options, _depth + 1);
                    if (message.usesPerRight != null && $Object.hasOwnProperty.call(message, "usesPerRight"))
                        object.usesPerRight = message.usesPerRight;
                    if (message.validitySeconds != null && $Object.hasOwnProperty.call(message, "validitySeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.validitySeconds = typeof message.validitySeconds === "number" ? $BigInt(message.validitySeconds) : $util.Long.fromBits(message.validitySeconds.low >>> 0, message.validitySeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.validitySeconds === "number")
                            object.validitySeconds = options.longs === $String ? $String(message.validitySeconds) : message.validitySeconds;
                        else
                            object.validitySeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.validitySeconds) : options.longs === $Number ? new $util.LongBits(message.validitySeconds.low >>> 0, message.validitySeconds.high >>> 0).toNumber(true) : message.validitySeconds;
                    if (message.epsilonPerUseMicro != null && $Object.hasOwnProperty.call(message, "epsilonPerUseMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonPerUseMicro = typeof message.epsilonPerUseMicro === "number" ? $BigInt(message.epsilonPerUseMicro) : $util.Long.fromBits(message.epsilonPerUseMicro.low >>> 0, message.epsilonPerUseMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonPerUseMicro === "number")
                            object.epsilonPerUseMicro = options.longs === $String ? $String(message.epsilonPerUseMicro) : message.epsilonPerUseMicro;
                        else
                            object.epsilonPerUseMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonPerUseMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonPerUseMicro.low >>> 0, message.epsilonPerUseMicro.high >>> 0).toNumber(true) : message.epsilonPerUseMicro;
                    if (message.maxSupply != null && $Object.hasOwnProperty.call(message, "maxSupply"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxSupply = typeof message.maxSupply === "number" ? $BigInt(message.maxSupply) : $util.Long.fromBits(message.maxSupply.low >>> 0, message.maxSupply.high >>> 0, true).toBigInt();
                        else if (typeof message.maxSupply === "number")
                            object.maxSupply = options.longs === $String ? $String(message.maxSupply) : message.maxSupply;
                        else
                            object.maxSupply = options.longs === $String ? $util.Long.prototype.toString.call(message.maxSupply) : options.longs === $Number ? new $util.LongBits(message.maxSupply.low >>> 0, message.maxSupply.high >>> 0).toNumber(true) : message.maxSupply;
                    if (message.perBuyerCap != null && $Object.hasOwnProperty.call(message, "perBuyerCap"))
                        object.perBuyerCap = message.perBuyerCap;
                    if (message.buyerAllowlist && message.buyerAllowlist.length) {
                        object.buyerAllowlist = $Array(message.buyerAllowlist.length);
                        for (let j = 0; j < message.buyerAllowlist.length; ++j)
                            object.buyerAllowlist[j] = message.buyerAllowlist[j];
                    }
                    if (message.transferPolicy != null && $Object.hasOwnProperty.call(message, "transferPolicy"))
                        object.transferPolicy = $root.datum.computeright.v1.TransferPolicy.toObject(message.transferPolicy, options, _depth + 1);
                    return object;
                };

                OfferingTerms.prototype.toJSON = function() {
                    return OfferingTerms.toObject(this, $protobuf.util.toJSONOptions);
                };

                OfferingTerms.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.OfferingTerms";
                };

                return OfferingTerms;
            })();

            v1.Offering = (function() {

                const Offering = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Offering.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Offering.prototype.assetId = "";

                Offering.prototype.assetVersion = 0;

                Offering.prototype.owner = "";

                Offering.prototype.terms = null;

                Offering.prototype.state = 0;

                Offering.prototype.sold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Offering.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Offering.create = function(properties) {
                    return new Offering(properties);
                };

                Offering.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.assetId);
                    if (message.assetVersion != null && $Object.hasOwnProperty.call(message, "assetVersion") && message.assetVersion !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.assetVersion);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.owner);
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        $root.datum.computeright.v1.OfferingTerms.encode(message.terms, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.state);
                    if (message.sold != null && $Object.hasOwnProperty.call(message, "sold") && (typeof message.sold === "object" ? message.sold.low || message.sold.high : message.sold !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.sold);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Offering.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.Offering();
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
                                    message.id = value;
                                else
                                    delete message.id;
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
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.terms = $root.datum.computeright.v1.OfferingTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sold = value;
                                else
                                    delete message.sold;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
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

                Offering.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.Offering)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.Offering: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.Offering();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.assetVersion != null)
                        if ($Number(object.assetVersion) !== 0)
                            message.assetVersion = object.assetVersion >>> 0;
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.terms != null) {
                        if (!$util.isObject(object.terms))
                            throw $TypeError(".datum.computeright.v1.Offering.terms: object expected");
                        message.terms = $root.datum.computeright.v1.OfferingTerms.fromObject(object.terms, _depth + 1);
                    }
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.computeright.v1.OfferingState[object.state] !== 0))
                        switch (object.state) {
                        case "OFFERING_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "OFFERING_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "OFFERING_STATE_PAUSED":
                        case 2:
                            message.state = 2;
                            break;
                        case "OFFERING_STATE_CLOSED":
                        case 3:
                            message.state = 3;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.sold != null)
                        if (typeof object.sold === "object" ? object.sold.low || object.sold.high : $Number(object.sold) !== 0)
                            if ($util.Long)
                                message.sold = $util.Long.fromValue(object.sold, true);
                            else if (typeof object.sold === "string")
                                message.sold = $parseInt(object.sold, 10);
                            else if (typeof object.sold === "number")
                                message.sold = object.sold;
                            else if (typeof object.sold === "object")
                                message.sold = new $util.LongBits(object.sold.low >>> 0, object.sold.high >>> 0).toNumber(true);
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
                    return message;
                };

                Offering.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.assetId = "";
                        object.assetVersion = 0;
                        object.owner = "";
                        object.terms = null;
                        object.state = options.enums === $String ? "OFFERING_STATE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sold = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sold = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.assetVersion != null && $Object.hasOwnProperty.call(message, "assetVersion"))
                        object.assetVersion = message.assetVersion;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        object.terms = $root.datum.computeright.v1.OfferingTerms.toObject(message.terms, options, _depth + 1);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.computeright.v1.OfferingState[message.state] === $undefined ? message.state : $root.datum.computeright.v1.OfferingState[message.state] : message.state;
                    if (message.sold != null && $Object.hasOwnProperty.call(message, "sold"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sold = typeof message.sold === "number" ? $BigInt(message.sold) : $util.Long.fromBits(message.sold.low >>> 0, message.sold.high >>> 0, true).toBigInt();
                        else if (typeof message.sold === "number")
                            object.sold = options.longs === $String ? $String(message.sold) : message.sold;
                        else
                            object.sold = options.longs === $String ? $util.Long.prototype.toString.call(message.sold) : options.longs === $Number ? new $util.LongBits(message.sold.low >>> 0, message.sold.high >>> 0).toNumber(true) : message.sold;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                Offering.prototype.toJSON = function() {
                    return Offering.toObject(this, $protobuf.util.toJSONOptions);
                };

                Offering.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.Offering";
                };

                return Offering;
            })();

            v1.RightState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RIGHT_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RIGHT_STATE_ACTIVE"] = 1;
                values[valuesById[2] = "RIGHT_STATE_EXHAUSTED"] = 2;
                values[valuesById[3] = "RIGHT_STATE_EXPIRED"] = 3;
                values[valuesById[4] = "RIGHT_STATE_REVOKED"] = 4;
                values[valuesById[5] = "RIGHT_STATE_REFUNDED"] = 5;
                return values;
            })();

            v1.ComputeRight = (function() {

                const ComputeRight = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ComputeRight.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                ComputeRight.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                ComputeRight.prototype.assetId = "";

                ComputeRight.prototype.assetVersion = 0;

                ComputeRight.prototype.holder = "";

                ComputeRight.prototype.purchasedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                ComputeRight.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                ComputeRight.prototype.usesTotal = 0;

                ComputeRight.prototype.usesRemaining = 0;

                ComputeRight.prototype.usesInJobs = 0;

                ComputeRight.prototype.pricePerUse = null;

                ComputeRight.prototype.epsilonPerUseMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                ComputeRight.prototype.policyHash = "";

                ComputeRight.prototype.state = 0;

                ComputeRight.prototype.ask = null;

                ComputeRight.create = function(properties) {
                    return new ComputeRight(properties);
                };

                ComputeRight.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offeringId);
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.assetId);
                    if (message.assetVersion != null && $Object.hasOwnProperty.call(message, "assetVersion") && message.assetVersion !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.assetVersion);
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder") && message.holder !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.holder);
                    if (message.purchasedAt != null && $Object.hasOwnProperty.call(message, "purchasedAt") && (typeof message.purchasedAt === "object" ? message.purchasedAt.low || message.purchasedAt.high : message.purchasedAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.purchasedAt);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.expiresAt);
                    if (message.usesTotal != null && $Object.hasOwnProperty.call(message, "usesTotal") && message.usesTotal !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.usesTotal);
                    if (message.usesRemaining != null && $Object.hasOwnProperty.call(message, "usesRemaining") && message.usesRemaining !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.usesRemaining);
                    if (message.usesInJobs != null && $Object.hasOwnProperty.call(message, "usesInJobs") && message.usesInJobs !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.usesInJobs);
                    if (message.pricePerUse != null && $Object.hasOwnProperty.call(message, "pricePerUse"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.pricePerUse, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.epsilonPerUseMicro != null && $Object.hasOwnProperty.call(message, "epsilonPerUseMicro") && (typeof message.epsilonPerUseMicro === "object" ? message.epsilonPerUseMicro.low || message.epsilonPerUseMicro.high : message.epsilonPerUseMicro !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.epsilonPerUseMicro);
                    if (message.policyHash != null && $Object.hasOwnProperty.call(message, "policyHash") && message.policyHash !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.policyHash);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 14, wireType 0 =*/112).int32(message.state);
                    if (message.ask != null && $Object.hasOwnProperty.call(message, "ask"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.ask, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ComputeRight.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.ComputeRight();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.assetId = value;
                                else
                                    delete message.assetId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.assetVersion = value;
                                else
                                    delete message.assetVersion;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.holder = value;
                                else
                                    delete message.holder;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.purchasedAt = value;
                                else
                                    delete message.purchasedAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.usesTotal = value;
                                else
                                    delete message.usesTotal;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.usesRemaining = value;
                                else
                                    delete message.usesRemaining;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.usesInJobs = value;
                                else
                                    delete message.usesInJobs;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.pricePerUse = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.pricePerUse);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonPerUseMicro = value;
                                else
                                    delete message.epsilonPerUseMicro;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.policyHash = value;
                                else
                                    delete message.policyHash;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.ask = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.ask);
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

                ComputeRight.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.ComputeRight)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.ComputeRight: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.ComputeRight();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.assetVersion != null)
                        if ($Number(object.assetVersion) !== 0)
                            message.assetVersion = object.assetVersion >>> 0;
                    if (object.holder != null)
                        if (typeof object.holder !== "string" || object.holder.length)
                            message.holder = $String(object.holder);
                    if (object.purchasedAt != null)
                        if (typeof object.purchasedAt === "object" ? object.purchasedAt.low || object.purchasedAt.high : $Number(object.purchasedAt) !== 0)
                            if ($util.Long)
                                message.purchasedAt = $util.Long.fromValue(object.purchasedAt, false);
                            else if (typeof object.purchasedAt === "string")
                                message.purchasedAt = $parseInt(object.purchasedAt, 10);
                            else if (typeof object.purchasedAt === "number")
                                message.purchasedAt = object.purchasedAt;
                            else if (typeof object.purchasedAt === "object")
                                message.purchasedAt = new $util.LongBits(object.purchasedAt.low >>> 0, object.purchasedAt.high >>> 0).toNumber();
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
                    if (object.usesTotal != null)
                        if ($Number(object.usesTotal) !== 0)
                            message.usesTotal = object.usesTotal >>> 0;
                    if (object.usesRemaining != null)
                        if ($Number(object.usesRemaining) !== 0)
                            message.usesRemaining = object.usesRemaining >>> 0;
                    if (object.usesInJobs != null)
                        if ($Number(object.usesInJobs) !== 0)
                            message.usesInJobs = object.usesInJobs >>> 0;
                    if (object.pricePerUse != null) {
                        if (!$util.isObject(object.pricePerUse))
                            throw $TypeError(".datum.computeright.v1.ComputeRight.pricePerUse: object expected");
                        message.pricePerUse = $root.cosmos.base.v1beta1.Coin.fromObject(object.pricePerUse, _depth + 1);
                    }
                    if (object.epsilonPerUseMicro != null)
                        if (typeof object.epsilonPerUseMicro === "object" ? object.epsilonPerUseMicro.low || object.epsilonPerUseMicro.high : $Number(object.epsilonPerUseMicro) !== 0)
                            if ($util.Long)
                                message.epsilonPerUseMicro = $util.Long.fromValue(object.epsilonPerUseMicro, true);
                            else if (typeof object.epsilonPerUseMicro === "string")
                                message.epsilonPerUseMicro = $parseInt(object.epsilonPerUseMicro, 10);
                            else if (typeof object.epsilonPerUseMicro === "number")
                                message.epsilonPerUseMicro = object.epsilonPerUseMicro;
                            else if (typeof object.epsilonPerUseMicro === "object")
                                message.epsilonPerUseMicro = new $util.LongBits(object.epsilonPerUseMicro.low >>> 0, object.epsilonPerUseMicro.high >>> 0).toNumber(true);
                    if (object.policyHash != null)
                        if (typeof object.policyHash !== "string" || object.policyHash.length)
                            message.policyHash = $String(object.policyHash);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.computeright.v1.RightState[object.state] !== 0))
                        switch (object.state) {
                        case "RIGHT_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "RIGHT_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "RIGHT_STATE_EXHAUSTED":
                        case 2:
                            message.state = 2;
                            break;
                        case "RIGHT_STATE_EXPIRED":
                        case 3:
                            message.state = 3;
                            break;
                        case "RIGHT_STATE_REVOKED":
                        case 4:
                            message.state = 4;
                            break;
                        case "RIGHT_STATE_REFUNDED":
                        case 5:
                            message.state = 5;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.ask != null) {
                        if (!$util.isObject(object.ask))
                            throw $TypeError(".datum.computeright.v1.ComputeRight.ask: object expected");
                        message.ask = $root.cosmos.base.v1beta1.Coin.fromObject(object.ask, _depth + 1);
                    }
                    return message;
                };

                ComputeRight.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.assetId = "";
                        object.assetVersion = 0;
                        object.holder = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.purchasedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.purchasedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.usesTotal = 0;
                        object.usesRemaining = 0;
                        object.usesInJobs = 0;
                        object.pricePerUse = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonPerUseMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonPerUseMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.policyHash = "";
                        object.state = options.enums === $String ? "RIGHT_STATE_UNSPECIFIED" : 0;
                        object.ask = null;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.assetVersion != null && $Object.hasOwnProperty.call(message, "assetVersion"))
                        object.assetVersion = message.assetVersion;
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder"))
                        object.holder = message.holder;
                    if (message.purchasedAt != null && $Object.hasOwnProperty.call(message, "purchasedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.purchasedAt = typeof message.purchasedAt === "number" ? $BigInt(message.purchasedAt) : $util.Long.fromBits(message.purchasedAt.low >>> 0, message.purchasedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.purchasedAt === "number")
                            object.purchasedAt = options.longs === $String ? $String(message.purchasedAt) : message.purchasedAt;
                        else
                            object.purchasedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.purchasedAt) : options.longs === $Number ? new $util.LongBits(message.purchasedAt.low >>> 0, message.purchasedAt.high >>> 0).toNumber() : message.purchasedAt;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
                    if (message.usesTotal != null && $Object.hasOwnProperty.call(message, "usesTotal"))
                        object.usesTotal = message.usesTotal;
                    if (message.usesRemaining != null && $Object.hasOwnProperty.call(message, "usesRemaining"))
                        object.usesRemaining = message.usesRemaining;
                    if (message.usesInJobs != null && $Object.hasOwnProperty.call(message, "usesInJobs"))
                        object.usesInJobs = message.usesInJobs;
                    if (message.pricePerUse != null && $Object.hasOwnProperty.call(message, "pricePerUse"))
                        object.pricePerUse = $root.cosmos.base.v1beta1.Coin.toObject(message.pricePerUse, options, _depth + 1);
                    if (message.epsilonPerUseMicro != null && $Object.hasOwnProperty.call(message, "epsilonPerUseMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonPerUseMicro = typeof message.epsilonPerUseMicro === "number" ? $BigInt(message.epsilonPerUseMicro) : $util.Long.fromBits(message.epsilonPerUseMicro.low >>> 0, message.epsilonPerUseMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonPerUseMicro === "number")
                            object.epsilonPerUseMicro = options.longs === $String ? $String(message.epsilonPerUseMicro) : message.epsilonPerUseMicro;
                        else
                            object.epsilonPerUseMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonPerUseMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonPerUseMicro.low >>> 0, message.epsilonPerUseMicro.high >>> 0).toNumber(true) : message.epsilonPerUseMicro;
                    if (message.policyHash != null && $Object.hasOwnProperty.call(message, "policyHash"))
                        object.policyHash = message.policyHash;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.computeright.v1.RightState[message.state] === $undefined ? message.state : $root.datum.computeright.v1.RightState[message.state] : message.state;
                    if (message.ask != null && $Object.hasOwnProperty.call(message, "ask"))
                        object.ask = $root.cosmos.base.v1beta1.Coin.toObject(message.ask, options, _depth + 1);
                    return object;
                };

                ComputeRight.prototype.toJSON = function() {
                    return ComputeRight.toObject(this, $protobuf.util.toJSONOptions);
                };

                ComputeRight.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.ComputeRight";
                };

                return ComputeRight;
            })();

            v1.JobState = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "JOB_STATE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "JOB_STATE_REQUESTED"] = 1;
                values[valuesById[2] = "JOB_STATE_ASSIGNED"] = 2;
                values[valuesById[3] = "JOB_STATE_COMMITTED"] = 3;
                values[valuesById[4] = "JOB_STATE_ATTESTED"] = 4;
                values[valuesById[5] = "JOB_STATE_CHALLENGED"] = 5;
                values[valuesById[6] = "JOB_STATE_FINALIZED"] = 6;
                values[valuesById[7] = "JOB_STATE_FAILED"] = 7;
                values[valuesById[8] = "JOB_STATE_EXPIRED"] = 8;
                values[valuesById[9] = "JOB_STATE_CANCELLED"] = 9;
                return values;
            })();

            v1.FaultClass = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "FAULT_CLASS_NONE"] = 0;
                values[valuesById[1] = "FAULT_CLASS_EXECUTOR"] = 1;
                values[valuesById[2] = "FAULT_CLASS_ALGORITHM"] = 2;
                values[valuesById[3] = "FAULT_CLASS_DATA"] = 3;
                return values;
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

                Algorithm.prototype.paramsHash = "";

                Algorithm.prototype.params = "";

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
                    if (message.paramsHash != null && $Object.hasOwnProperty.call(message, "paramsHash") && message.paramsHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.paramsHash);
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.params);
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
                    message = _target || new $root.datum.computeright.v1.Algorithm();
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
                                    message.paramsHash = value;
                                else
                                    delete message.paramsHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.params = value;
                                else
                                    delete message.params;
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
                    if (object instanceof $root.datum.computeright.v1.Algorithm)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.Algorithm: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.Algorithm();
                    if (object.codeHash != null)
                        if (typeof object.codeHash !== "string" || object.codeHash.length)
                            message.codeHash = $String(object.codeHash);
                    if (object.imageDigest != null)
                        if (typeof object.imageDigest !== "string" || object.imageDigest.length)
                            message.imageDigest = $String(object.imageDigest);
                    if (object.paramsHash != null)
                        if (typeof object.paramsHash !== "string" || object.paramsHash.length)
                            message.paramsHash = $String(object.paramsHash);
                    if (object.params != null)
                        if (typeof object.params !== "string" || object.params.length)
                            message.params = $String(object.params);
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
                        object.paramsHash = "";
                        object.params = "";
                    }
                    if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                        object.codeHash = message.codeHash;
                    if (message.imageDigest != null && $Object.hasOwnProperty.call(message, "imageDigest"))
                        object.imageDigest = message.imageDigest;
                    if (message.paramsHash != null && $Object.hasOwnProperty.call(message, "paramsHash"))
                        object.paramsHash = message.paramsHash;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = message.params;
                    return object;
                };

                Algorithm.prototype.toJSON = function() {
                    return Algorithm.toObject(this, $protobuf.util.toJSONOptions);
                };

                Algorithm.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.Algorithm";
                };

                return Algorithm;
            })();

            v1.Deadlines = (function() {

                const Deadlines = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Deadlines.prototype.acceptBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Deadlines.prototype.commitBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Deadlines.prototype.revealBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Deadlines.prototype.finalBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Deadlines.prototype.challengeBy = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Deadlines.create = function(properties) {
                    return new Deadlines(properties);
                };

                Deadlines.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.acceptBy != null && $Object.hasOwnProperty.call(message, "acceptBy") && (typeof message.acceptBy === "object" ? message.acceptBy.low || message.acceptBy.high : message.acceptBy !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.acceptBy);
                    if (message.commitBy != null && $Object.hasOwnProperty.call(message, "commitBy") && (typeof message.commitBy === "object" ? message.commitBy.low || message.commitBy.high : message.commitBy !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.commitBy);
                    if (message.revealBy != null && $Object.hasOwnProperty.call(message, "revealBy") && (typeof message.revealBy === "object" ? message.revealBy.low || message.revealBy.high : message.revealBy !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.revealBy);
                    if (message.finalBy != null && $Object.hasOwnProperty.call(message, "finalBy") && (typeof message.finalBy === "object" ? message.finalBy.low || message.finalBy.high : message.finalBy !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.finalBy);
                    if (message.challengeBy != null && $Object.hasOwnProperty.call(message, "challengeBy") && (typeof message.challengeBy === "object" ? message.challengeBy.low || message.challengeBy.high : message.challengeBy !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.challengeBy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Deadlines.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.Deadlines();
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
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acceptBy = value;
                                else
                                    delete message.acceptBy;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commitBy = value;
                                else
                                    delete message.commitBy;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revealBy = value;
                                else
                                    delete message.revealBy;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.finalBy = value;
                                else
                                    delete message.finalBy;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.challengeBy = value;
                                else
                                    delete message.challengeBy;
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

                Deadlines.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.Deadlines)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.Deadlines: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.Deadlines();
                    if (object.acceptBy != null)
                        if (typeof object.acceptBy === "object" ? object.acceptBy.low || object.acceptBy.high : $Number(object.acceptBy) !== 0)
                            if ($util.Long)
                                message.acceptBy = $util.Long.fromValue(object.acceptBy, false);
                            else if (typeof object.acceptBy === "string")
                                message.acceptBy = $parseInt(object.acceptBy, 10);
                            else if (typeof object.acceptBy === "number")
                                message.acceptBy = object.acceptBy;
                            else if (typeof object.acceptBy === "object")
                                message.acceptBy = new $util.LongBits(object.acceptBy.low >>> 0, object.acceptBy.high >>> 0).toNumber();
                    if (object.commitBy != null)
                        if (typeof object.commitBy === "object" ? object.commitBy.low || object.commitBy.high : $Number(object.commitBy) !== 0)
                            if ($util.Long)
                                message.commitBy = $util.Long.fromValue(object.commitBy, false);
                            else if (typeof object.commitBy === "string")
                                message.commitBy = $parseInt(object.commitBy, 10);
                            else if (typeof object.commitBy === "number")
                                message.commitBy = object.commitBy;
                            else if (typeof object.commitBy === "object")
                                message.commitBy = new $util.LongBits(object.commitBy.low >>> 0, object.commitBy.high >>> 0).toNumber();
                    if (object.revealBy != null)
                        if (typeof object.revealBy === "object" ? object.revealBy.low || object.revealBy.high : $Number(object.revealBy) !== 0)
                            if ($util.Long)
                                message.revealBy = $util.Long.fromValue(object.revealBy, false);
                            else if (typeof object.revealBy === "string")
                                message.revealBy = $parseInt(object.revealBy, 10);
                            else if (typeof object.revealBy === "number")
                                message.revealBy = object.revealBy;
                            else if (typeof object.revealBy === "object")
                                message.revealBy = new $util.LongBits(object.revealBy.low >>> 0, object.revealBy.high >>> 0).toNumber();
                    if (object.finalBy != null)
                        if (typeof object.finalBy === "object" ? object.finalBy.low || object.finalBy.high : $Number(object.finalBy) !== 0)
                            if ($util.Long)
                                message.finalBy = $util.Long.fromValue(object.finalBy, false);
                            else if (typeof object.finalBy === "string")
                                message.finalBy = $parseInt(object.finalBy, 10);
                            else if (typeof object.finalBy === "number")
                                message.finalBy = object.finalBy;
                            else if (typeof object.finalBy === "object")
                                message.finalBy = new $util.LongBits(object.finalBy.low >>> 0, object.finalBy.high >>> 0).toNumber();
                    if (object.challengeBy != null)
                        if (typeof object.challengeBy === "object" ? object.challengeBy.low || object.challengeBy.high : $Number(object.challengeBy) !== 0)
                            if ($util.Long)
                                message.challengeBy = $util.Long.fromValue(object.challengeBy, false);
                            else if (typeof object.challengeBy === "string")
                                message.challengeBy = $parseInt(object.challengeBy, 10);
                            else if (typeof object.challengeBy === "number")
                                message.challengeBy = object.challengeBy;
                            else if (typeof object.challengeBy === "object")
                                message.challengeBy = new $util.LongBits(object.challengeBy.low >>> 0, object.challengeBy.high >>> 0).toNumber();
                    return message;
                };

                Deadlines.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.acceptBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.commitBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.revealBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.revealBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.finalBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.finalBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.challengeBy = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.challengeBy = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.acceptBy != null && $Object.hasOwnProperty.call(message, "acceptBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.acceptBy = typeof message.acceptBy === "number" ? $BigInt(message.acceptBy) : $util.Long.fromBits(message.acceptBy.low >>> 0, message.acceptBy.high >>> 0, false).toBigInt();
                        else if (typeof message.acceptBy === "number")
                            object.acceptBy = options.longs === $String ? $String(message.acceptBy) : message.acceptBy;
                        else
                            object.acceptBy = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptBy) : options.longs === $Number ? new $util.LongBits(message.acceptBy.low >>> 0, message.acceptBy.high >>> 0).toNumber() : message.acceptBy;
                    if (message.commitBy != null && $Object.hasOwnProperty.call(message, "commitBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitBy = typeof message.commitBy === "number" ? $BigInt(message.commitBy) : $util.Long.fromBits(message.commitBy.low >>> 0, message.commitBy.high >>> 0, false).toBigInt();
                        else if (typeof message.commitBy === "number")
                            object.commitBy = options.longs === $String ? $String(message.commitBy) : message.commitBy;
                        else
                            object.commitBy = options.longs === $String ? $util.Long.prototype.toString.call(message.commitBy) : options.longs === $Number ? new $util.LongBits(message.commitBy.low >>> 0, message.commitBy.high >>> 0).toNumber() : message.commitBy;
                    if (message.revealBy != null && $Object.hasOwnProperty.call(message, "revealBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.revealBy = typeof message.revealBy === "number" ? $BigInt(message.revealBy) : $util.Long.fromBits(message.revealBy.low >>> 0, message.revealBy.high >>> 0, false).toBigInt();
                        else if (typeof message.revealBy === "number")
                            object.revealBy = options.longs === $String ? $String(message.revealBy) : message.revealBy;
                        else
                            object.revealBy = options.longs === $String ? $util.Long.prototype.toString.call(message.revealBy) : options.longs === $Number ? new $util.LongBits(message.revealBy.low >>> 0, message.revealBy.high >>> 0).toNumber() : message.revealBy;
                    if (message.finalBy != null && $Object.hasOwnProperty.call(message, "finalBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.finalBy = typeof message.finalBy === "number" ? $BigInt(message.finalBy) : $util.Long.fromBits(message.finalBy.low >>> 0, message.finalBy.high >>> 0, false).toBigInt();
                        else if (typeof message.finalBy === "number")
                            object.finalBy = options.longs === $String ? $String(message.finalBy) : message.finalBy;
                        else
                            object.finalBy = options.longs === $String ? $util.Long.prototype.toString.call(message.finalBy) : options.longs === $Number ? new $util.LongBits(message.finalBy.low >>> 0, message.finalBy.high >>> 0).toNumber() : message.finalBy;
                    if (message.challengeBy != null && $Object.hasOwnProperty.call(message, "challengeBy"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.challengeBy = typeof message.challengeBy === "number" ? $BigInt(message.challengeBy) : $util.Long.fromBits(message.challengeBy.low >>> 0, message.challengeBy.high >>> 0, false).toBigInt();
                        else if (typeof message.challengeBy === "number")
                            object.challengeBy = options.longs === $String ? $String(message.challengeBy) : message.challengeBy;
                        else
                            object.challengeBy = options.longs === $String ? $util.Long.prototype.toString.call(message.challengeBy) : options.longs === $Number ? new $util.LongBits(message.challengeBy.low >>> 0, message.challengeBy.high >>> 0).toNumber() : message.challengeBy;
                    return object;
                };

                Deadlines.prototype.toJSON = function() {
                    return Deadlines.toObject(this, $protobuf.util.toJSONOptions);
                };

                Deadlines.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.Deadlines";
                };

                return Deadlines;
            })();

            v1.Job = (function() {

                const Job = function (properties) {
                    this.rightIds = [];
                    this.dataFee = [];
                    this.viewers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Job.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Job.prototype.requester = "";

                Job.prototype.rightIds = $util.emptyArray;

                Job.prototype.algorithm = null;

                Job.prototype.mechanism = 0;

                Job.prototype.epsilonMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Job.prototype.dataFee = $util.emptyArray;

                Job.prototype.maxComputeFee = null;

                Job.prototype.outputKey = $util.newBuffer([]);

                Job.prototype.viewers = $util.emptyArray;

                Job.prototype.deadlines = null;

                Job.prototype.state = 0;

                Job.prototype.fault = 0;

                Job.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                Job.create = function(properties) {
                    return new Job(properties);
                };

                Job.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.requester);
                    if (message.rightIds != null && message.rightIds.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.rightIds);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        $root.datum.computeright.v1.Algorithm.encode(message.algorithm, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism") && message.mechanism !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.mechanism);
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro") && (typeof message.epsilonMicro === "object" ? message.epsilonMicro.low || message.epsilonMicro.high : message.epsilonMicro !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.epsilonMicro);
                    if (message.dataFee != null && message.dataFee.length)
                        for (let i = 0; i < message.dataFee.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.dataFee[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.maxComputeFee != null && $Object.hasOwnProperty.call(message, "maxComputeFee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.maxComputeFee, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.outputKey != null && $Object.hasOwnProperty.call(message, "outputKey") && message.outputKey.length)
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.outputKey);
                    if (message.viewers != null && message.viewers.length)
                        for (let i = 0; i < message.viewers.length; ++i)
                            writer.uint32(/* id 10, wireType 2 =*/82).string(message.viewers[i]);
                    if (message.deadlines != null && $Object.hasOwnProperty.call(message, "deadlines"))
                        $root.datum.computeright.v1.Deadlines.encode(message.deadlines, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 12, wireType 0 =*/96).int32(message.state);
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault") && message.fault !== 0)
                        writer.uint32(/* id 13, wireType 0 =*/104).int32(message.fault);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Job.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.Job();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requester = value;
                                else
                                    delete message.requester;
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.rightIds && message.rightIds.length))
                                        message.rightIds = [];
                                    reader.uint64s(message.rightIds);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.rightIds && message.rightIds.length))
                                    message.rightIds = [];
                                message.rightIds.push(reader.uint64());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.algorithm = $root.datum.computeright.v1.Algorithm.decode(reader, reader.size(), $undefined, _depth + 1, message.algorithm);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.mechanism = value;
                                else
                                    delete message.mechanism;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonMicro = value;
                                else
                                    delete message.epsilonMicro;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.dataFee && message.dataFee.length))
                                    message.dataFee = [];
                                message.dataFee.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.maxComputeFee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.maxComputeFee);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.outputKey = value;
                                else
                                    delete message.outputKey;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.viewers && message.viewers.length))
                                    message.viewers = [];
                                message.viewers.push(reader.stringVerify());
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.deadlines = $root.datum.computeright.v1.Deadlines.decode(reader, reader.size(), $undefined, _depth + 1, message.deadlines);
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.fault = value;
                                else
                                    delete message.fault;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
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

                Job.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.Job)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.Job: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.Job();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.requester != null)
                        if (typeof object.requester !== "string" || object.requester.length)
                            message.requester = $String(object.requester);
                    if (object.rightIds) {
                        if (!$Array.isArray(object.rightIds))
                            throw $TypeError(".datum.computeright.v1.Job.rightIds: array expected");
                        message.rightIds = $Array(object.rightIds.length);
                        for (let i = 0; i < object.rightIds.length; ++i)
                            if ($util.Long)
                                message.rightIds[i] = $util.Long.fromValue(object.rightIds[i], true);
                            else if (typeof object.rightIds[i] === "string")
                                message.rightIds[i] = $parseInt(object.rightIds[i], 10);
                            else if (typeof object.rightIds[i] === "number")
                                message.rightIds[i] = object.rightIds[i];
                            else if (typeof object.rightIds[i] === "object")
                                message.rightIds[i] = new $util.LongBits(object.rightIds[i].low >>> 0, object.rightIds[i].high >>> 0).toNumber(true);
                    }
                    if (object.algorithm != null) {
                        if (!$util.isObject(object.algorithm))
                            throw $TypeError(".datum.computeright.v1.Job.algorithm: object expected");
                        message.algorithm = $root.datum.computeright.v1.Algorithm.fromObject(object.algorithm, _depth + 1);
                    }
                    if (object.mechanism != null)
                        if ($Number(object.mechanism) !== 0)
                            message.mechanism = object.mechanism | 0;
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
                    if (object.dataFee) {
                        if (!$Array.isArray(object.dataFee))
                            throw $TypeError(".datum.computeright.v1.Job.dataFee: array expected");
                        message.dataFee = $Array(object.dataFee.length);
                        for (let i = 0; i < object.dataFee.length; ++i) {
                            if (!$util.isObject(object.dataFee[i]))
                                throw $TypeError(".datum.computeright.v1.Job.dataFee: object expected");
                            message.dataFee[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.dataFee[i], _depth + 1);
                        }
                    }
                    if (object.maxComputeFee != null) {
                        if (!$util.isObject(object.maxComputeFee))
                            throw $TypeError(".datum.computeright.v1.Job.maxComputeFee: object expected");
                        message.maxComputeFee = $root.cosmos.base.v1beta1.Coin.fromObject(object.maxComputeFee, _depth + 1);
                    }
                    if (object.outputKey != null)
                        if (object.outputKey.length)
                            if (typeof object.outputKey === "string")
                                $util.base64.decode(object.outputKey, message.outputKey = $util.newBuffer($util.base64.length(object.outputKey)), 0);
                            else if (object.outputKey.length >= 0)
                                message.outputKey = object.outputKey;
                    if (object.viewers) {
                        if (!$Array.isArray(object.viewers))
                            throw $TypeError(".datum.computeright.v1.Job.viewers: array expected");
                        message.viewers = $Array(object.viewers.length);
                        for (let i = 0; i < object.viewers.length; ++i)
                            message.viewers[i] = $String(object.viewers[i]);
                    }
                    if (object.deadlines != null) {
                        if (!$util.isObject(object.deadlines))
                            throw $TypeError(".datum.computeright.v1.Job.deadlines: object expected");
                        message.deadlines = $root.datum.computeright.v1.Deadlines.fromObject(object.deadlines, _depth + 1);
                    }
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.computeright.v1.JobState[object.state] !== 0))
                        switch (object.state) {
                        case "JOB_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "JOB_STATE_REQUESTED":
                        case 1:
                            message.state = 1;
                            break;
                        case "JOB_STATE_ASSIGNED":
                        case 2:
                            message.state = 2;
                            break;
                        case "JOB_STATE_COMMITTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "JOB_STATE_ATTESTED":
                        case 4:
                            message.state = 4;
                            break;
                        case "JOB_STATE_CHALLENGED":
                        case 5:
                            message.state = 5;
                            break;
                        case "JOB_STATE_FINALIZED":
                        case 6:
                            message.state = 6;
                            break;
                        case "JOB_STATE_FAILED":
                        case 7:
                            message.state = 7;
                            break;
                        case "JOB_STATE_EXPIRED":
                        case 8:
                            message.state = 8;
                            break;
                        case "JOB_STATE_CANCELLED":
                        case 9:
                            message.state = 9;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.fault !== 0 && (typeof object.fault !== "string" || $root.datum.computeright.v1.FaultClass[object.fault] !== 0))
                        switch (object.fault) {
                        case "FAULT_CLASS_NONE":
                        case 0:
                            message.fault = 0;
                            break;
                        case "FAULT_CLASS_EXECUTOR":
                        case 1:
                            message.fault = 1;
                            break;
                        case "FAULT_CLASS_ALGORITHM":
                        case 2:
                            message.fault = 2;
                            break;
                        case "FAULT_CLASS_DATA":
                        case 3:
                            message.fault = 3;
                            break;
                        default:
                            if (typeof object.fault === "number" && (object.fault | 0) === object.fault)
                                message.fault = object.fault;
                        }
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
                    return message;
                };

                Job.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.rightIds = [];
                        object.dataFee = [];
                        object.viewers = [];
                    }
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.requester = "";
                        object.algorithm = null;
                        object.mechanism = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxComputeFee = null;
                        if (options.bytes === $String)
                            object.outputKey = "";
                        else {
                            object.outputKey = [];
                            if (options.bytes !== $Array)
                                object.outputKey = $util.newBuffer(object.outputKey);
                        }
                        object.deadlines = null;
                        object.state = options.enums === $String ? "JOB_STATE_UNSPECIFIED" : 0;
                        object.fault = options.enums === $String ? "FAULT_CLASS_NONE" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                        object.requester = message.requester;
                    if (message.rightIds && message.rightIds.length) {
                        object.rightIds = $Array(message.rightIds.length);
                        for (let j = 0; j < message.rightIds.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.rightIds[j] = typeof message.rightIds[j] === "number" ? $BigInt(message.rightIds[j]) : $util.Long.fromBits(message.rightIds[j].low >>> 0, message.rightIds[j].high >>> 0, true).toBigInt();
                            else if (typeof message.rightIds[j] === "number")
                                object.rightIds[j] = options.longs === $String ? $String(message.rightIds[j]) : message.rightIds[j];
                            else
                                object.rightIds[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.rightIds[j]) : options.longs === $Number ? new $util.LongBits(message.rightIds[j].low >>> 0, message.rightIds[j].high >>> 0).toNumber(true) : message.rightIds[j];
                    }
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        object.algorithm = $root.datum.computeright.v1.Algorithm.toObject(message.algorithm, options, _depth + 1);
                    if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism"))
                        object.mechanism = message.mechanism;
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonMicro = typeof message.epsilonMicro === "number" ? $BigInt(message.epsilonMicro) : $util.Long.fromBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonMicro === "number")
                            object.epsilonMicro = options.longs === $String ? $String(message.epsilonMicro) : message.epsilonMicro;
                        else
                            object.epsilonMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0).toNumber(true) : message.epsilonMicro;
                    if (message.dataFee && message.dataFee.length) {
                        object.dataFee = $Array(message.dataFee.length);
                        for (let j = 0; j < message.dataFee.length; ++j)
                            object.dataFee[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.dataFee[j], options, _depth + 1);
                    }
                    if (message.maxComputeFee != null && $Object.hasOwnProperty.call(message, "maxComputeFee"))
                        object.maxComputeFee = $root.cosmos.base.v1beta1.Coin.toObject(message.maxComputeFee, options, _depth + 1);
                    if (message.outputKey != null && $Object.hasOwnProperty.call(message, "outputKey"))
                        object.outputKey = options.bytes === $String ? $util.base64.encode(message.outputKey, 0, message.outputKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.outputKey) : message.outputKey;
                    if (message.viewers && message.viewers.length) {
                        object.viewers = $Array(message.viewers.length);
                        for (let j = 0; j < message.viewers.length; ++j)
                            object.viewers[j] = message.viewers[j];
                    }
                    if (message.deadlines != null && $Object.hasOwnProperty.call(message, "deadlines"))
                        object.deadlines = $root.datum.computeright.v1.Deadlines.toObject(message.deadlines, options, _depth + 1);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.computeright.v1.JobState[message.state] === $undefined ? message.state : $root.datum.computeright.v1.JobState[message.state] : message.state;
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        object.fault = options.enums === $String ? $root.datum.computeright.v1.FaultClass[message.fault] === $undefined ? message.fault : $root.datum.computeright.v1.FaultClass[message.fault] : message.fault;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                Job.prototype.toJSON = function() {
                    return Job.toObject(this, $protobuf.util.toJSONOptions);
                };

                Job.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.Job";
                };

                return Job;
            })();

            v1.Params = (function() {

                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Params.prototype.acceptSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Params.prototype.commitSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Params.prototype.revealSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Params.prototype.finalSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Params.prototype.challengeSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                Params.prototype.protocolFeeBps = 0;

                Params.prototype.maxExpiriesPerBlock = 0;

                Params.prototype.maxRightsPerJob = 0;

                Params.prototype.arbiterSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                    if (message.acceptSeconds != null && $Object.hasOwnProperty.call(message, "acceptSeconds") && (typeof message.acceptSeconds === "object" ? message.acceptSeconds.low || message.acceptSeconds.high : message.acceptSeconds !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.acceptSeconds);
                    if (message.commitSeconds != null && $Object.hasOwnProperty.call(message, "commitSeconds") && (typeof message.commitSeconds === "object" ? message.commitSeconds.low || message.commitSeconds.high : message.commitSeconds !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.commitSeconds);
                    if (message.revealSeconds != null && $Object.hasOwnProperty.call(message, "revealSeconds") && (typeof message.revealSeconds === "object" ? message.revealSeconds.low || message.revealSeconds.high : message.revealSeconds !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.revealSeconds);
                    if (message.finalSeconds != null && $Object.hasOwnProperty.call(message, "finalSeconds") && (typeof message.finalSeconds === "object" ? message.finalSeconds.low || message.finalSeconds.high : message.finalSeconds !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.finalSeconds);
                    if (message.challengeSeconds != null && $Object.hasOwnProperty.call(message, "challengeSeconds") && (typeof message.challengeSeconds === "object" ? message.challengeSeconds.low || message.challengeSeconds.high : message.challengeSeconds !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.challengeSeconds);
                    if (message.protocolFeeBps != null && $Object.hasOwnProperty.call(message, "protocolFeeBps") && message.protocolFeeBps !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.protocolFeeBps);
                    if (message.maxExpiriesPerBlock != null && $Object.hasOwnProperty.call(message, "maxExpiriesPerBlock") && message.maxExpiriesPerBlock !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxExpiriesPerBlock);
                    if (message.maxRightsPerJob != null && $Object.hasOwnProperty.call(message, "maxRightsPerJob") && message.maxRightsPerJob !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxRightsPerJob);
                    if (message.arbiterSeconds != null && $Object.hasOwnProperty.call(message, "arbiterSeconds") && (typeof message.arbiterSeconds === "object" ? message.arbiterSeconds.low || message.arbiterSeconds.high : message.arbiterSeconds !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.arbiterSeconds);
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
                    message = _target || new $root.datum.computeright.v1.Params();
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
                                    message.acceptSeconds = value;
                                else
                                    delete message.acceptSeconds;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commitSeconds = value;
                                else
                                    delete message.commitSeconds;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revealSeconds = value;
                                else
                                    delete message.revealSeconds;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.finalSeconds = value;
                                else
                                    delete message.finalSeconds;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.challengeSeconds = value;
                                else
                                    delete message.challengeSeconds;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.protocolFeeBps = value;
                                else
                                    delete message.protocolFeeBps;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxExpiriesPerBlock = value;
                                else
                                    delete message.maxExpiriesPerBlock;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxRightsPerJob = value;
                                else
                                    delete message.maxRightsPerJob;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.arbiterSeconds = value;
                                else
                                    delete message.arbiterSeconds;
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
                    if (object instanceof $root.datum.computeright.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.Params();
                    if (object.acceptSeconds != null)
                        if (typeof object.acceptSeconds === "object" ? object.acceptSeconds.low || object.acceptSeconds.high : $Number(object.acceptSeconds) !== 0)
                            if ($util.Long)
                                message.acceptSeconds = $util.Long.fromValue(object.acceptSeconds, true);
                            else if (typeof object.acceptSeconds === "string")
                                message.acceptSeconds = $parseInt(object.acceptSeconds, 10);
                            else if (typeof object.acceptSeconds === "number")
                                message.acceptSeconds = object.acceptSeconds;
                            else if (typeof object.acceptSeconds === "object")
                                message.acceptSeconds = new $util.LongBits(object.acceptSeconds.low >>> 0, object.acceptSeconds.high >>> 0).toNumber(true);
                    if (object.commitSeconds != null)
                        if (typeof object.commitSeconds === "object" ? object.commitSeconds.low || object.commitSeconds.high : $Number(object.commitSeconds) !== 0)
                            if ($util.Long)
                                message.commitSeconds = $util.Long.fromValue(object.commitSeconds, true);
                            else if (typeof object.commitSeconds === "string")
                                message.commitSeconds = $parseInt(object.commitSeconds, 10);
                            else if (typeof object.commitSeconds === "number")
                                message.commitSeconds = object.commitSeconds;
                            else if (typeof object.commitSeconds === "object")
                                message.commitSeconds = new $util.LongBits(object.commitSeconds.low >>> 0, object.commitSeconds.high >>> 0).toNumber(true);
                    if (object.revealSeconds != null)
                        if (typeof object.revealSeconds === "object" ? object.revealSeconds.low || object.revealSeconds.high : $Number(object.revealSeconds) !== 0)
                            if ($util.Long)
                                message.revealSeconds = $util.Long.fromValue(object.revealSeconds, true);
                            else if (typeof object.revealSeconds === "string")
                                message.revealSeconds = $parseInt(object.revealSeconds, 10);
                            else if (typeof object.revealSeconds === "number")
                                message.revealSeconds = object.revealSeconds;
                            else if (typeof object.revealSeconds === "object")
                                message.revealSeconds = new $util.LongBits(object.revealSeconds.low >>> 0, object.revealSeconds.high >>> 0).toNumber(true);
                    if (object.finalSeconds != null)
                        if (typeof object.finalSeconds === "object" ? object.finalSeconds.low || object.finalSeconds.high : $Number(object.finalSeconds) !== 0)
                            if ($util.Long)
                                message.finalSeconds = $util.Long.fromValue(object.finalSeconds, true);
                            else if (typeof object.finalSeconds === "string")
                                message.finalSeconds = $parseInt(object.finalSeconds, 10);
                            else if (typeof object.finalSeconds === "number")
                                message.finalSeconds = object.finalSeconds;
                            else if (typeof object.finalSeconds === "object")
                                message.finalSeconds = new $util.LongBits(object.finalSeconds.low >>> 0, object.finalSeconds.high >>> 0).toNumber(true);
                    if (object.challengeSeconds != null)
                        if (typeof object.challengeSeconds === "object" ? object.challengeSeconds.low || object.challengeSeconds.high : $Number(object.challengeSeconds) !== 0)
                            if ($util.Long)
                                message.challengeSeconds = $util.Long.fromValue(object.challengeSeconds, true);
                            else if (typeof object.challengeSeconds === "string")
                                message.challengeSeconds = $parseInt(object.challengeSeconds, 10);
                            else if (typeof object.challengeSeconds === "number")
                                message.challengeSeconds = object.challengeSeconds;
                            else if (typeof object.challengeSeconds === "object")
                                message.challengeSeconds = new $util.LongBits(object.challengeSeconds.low >>> 0, object.challengeSeconds.high >>> 0).toNumber(true);
                    if (object.protocolFeeBps != null)
                        if ($Number(object.protocolFeeBps) !== 0)
                            message.protocolFeeBps = object.protocolFeeBps >>> 0;
                    if (object.maxExpiriesPerBlock != null)
                        if ($Number(object.maxExpiriesPerBlock) !== 0)
                            message.maxExpiriesPerBlock = object.maxExpiriesPerBlock >>> 0;
                    if (object.maxRightsPerJob != null)
                        if ($Number(object.maxRightsPerJob) !== 0)
                            message.maxRightsPerJob = object.maxRightsPerJob >>> 0;
                    if (object.arbiterSeconds != null)
                        if (typeof object.arbiterSeconds === "object" ? object.arbiterSeconds.low || object.arbiterSeconds.high : $Number(object.arbiterSeconds) !== 0)
                            if ($util.Long)
                                message.arbiterSeconds = $util.Long.fromValue(object.arbiterSeconds, true);
                            else if (typeof object.arbiterSeconds === "string")
                                message.arbiterSeconds = $parseInt(object.arbiterSeconds, 10);
                            else if (typeof object.arbiterSeconds === "number")
                                message.arbiterSeconds = object.arbiterSeconds;
                            else if (typeof object.arbiterSeconds === "object")
                                message.arbiterSeconds = new $util.LongBits(object.arbiterSeconds.low >>> 0, object.arbiterSeconds.high >>> 0).toNumber(true);
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
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.acceptSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commitSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.revealSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.revealSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.finalSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.finalSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.challengeSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.challengeSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.protocolFeeBps = 0;
                        object.maxExpiriesPerBlock = 0;
                        object.maxRightsPerJob = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.arbiterSeconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.arbiterSeconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.acceptSeconds != null && $Object.hasOwnProperty.call(message, "acceptSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.acceptSeconds = typeof message.acceptSeconds === "number" ? $BigInt(message.acceptSeconds) : $util.Long.fromBits(message.acceptSeconds.low >>> 0, message.acceptSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.acceptSeconds === "number")
                            object.acceptSeconds = options.longs === $String ? $String(message.acceptSeconds) : message.acceptSeconds;
                        else
                            object.acceptSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptSeconds) : options.longs === $Number ? new $util.LongBits(message.acceptSeconds.low >>> 0, message.acceptSeconds.high >>> 0).toNumber(true) : message.acceptSeconds;
                    if (message.commitSeconds != null && $Object.hasOwnProperty.call(message, "commitSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitSeconds = typeof message.commitSeconds === "number" ? $BigInt(message.commitSeconds) : $util.Long.fromBits(message.commitSeconds.low >>> 0, message.commitSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.commitSeconds === "number")
                            object.commitSeconds = options.longs === $String ? $String(message.commitSeconds) : message.commitSeconds;
                        else
                            object.commitSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.commitSeconds) : options.longs === $Number ? new $util.LongBits(message.commitSeconds.low >>> 0, message.commitSeconds.high >>> 0).toNumber(true) : message.commitSeconds;
                    if (message.revealSeconds != null && $Object.hasOwnProperty.call(message, "revealSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.revealSeconds = typeof message.revealSeconds === "number" ? $BigInt(message.revealSeconds) : $util.Long.fromBits(message.revealSeconds.low >>> 0, message.revealSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.revealSeconds === "number")
                            object.revealSeconds = options.longs === $String ? $String(message.revealSeconds) : message.revealSeconds;
                        else
                            object.revealSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.revealSeconds) : options.longs === $Number ? new $util.LongBits(message.revealSeconds.low >>> 0, message.revealSeconds.high >>> 0).toNumber(true) : message.revealSeconds;
                    if (message.finalSeconds != null && $Object.hasOwnProperty.call(message, "finalSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.finalSeconds = typeof message.finalSeconds === "number" ? $BigInt(message.finalSeconds) : $util.Long.fromBits(message.finalSeconds.low >>> 0, message.finalSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.finalSeconds === "number")
                            object.finalSeconds = options.longs === $String ? $String(message.finalSeconds) : message.finalSeconds;
                        else
                            object.finalSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.finalSeconds) : options.longs === $Number ? new $util.LongBits(message.finalSeconds.low >>> 0, message.finalSeconds.high >>> 0).toNumber(true) : message.finalSeconds;
                    if (message.challengeSeconds != null && $Object.hasOwnProperty.call(message, "challengeSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.challengeSeconds = typeof message.challengeSeconds === "number" ? $BigInt(message.challengeSeconds) : $util.Long.fromBits(message.challengeSeconds.low >>> 0, message.challengeSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.challengeSeconds === "number")
                            object.challengeSeconds = options.longs === $String ? $String(message.challengeSeconds) : message.challengeSeconds;
                        else
                            object.challengeSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.challengeSeconds) : options.longs === $Number ? new $util.LongBits(message.challengeSeconds.low >>> 0, message.challengeSeconds.high >>> 0).toNumber(true) : message.challengeSeconds;
                    if (message.protocolFeeBps != null && $Object.hasOwnProperty.call(message, "protocolFeeBps"))
                        object.protocolFeeBps = message.protocolFeeBps;
                    if (message.maxExpiriesPerBlock != null && $Object.hasOwnProperty.call(message, "maxExpiriesPerBlock"))
                        object.maxExpiriesPerBlock = message.maxExpiriesPerBlock;
                    if (message.maxRightsPerJob != null && $Object.hasOwnProperty.call(message, "maxRightsPerJob"))
                        object.maxRightsPerJob = message.maxRightsPerJob;
                    if (message.arbiterSeconds != null && $Object.hasOwnProperty.call(message, "arbiterSeconds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.arbiterSeconds = typeof message.arbiterSeconds === "number" ? $BigInt(message.arbiterSeconds) : $util.Long.fromBits(message.arbiterSeconds.low >>> 0, message.arbiterSeconds.high >>> 0, true).toBigInt();
                        else if (typeof message.arbiterSeconds === "number")
                            object.arbiterSeconds = options.longs === $String ? $String(message.arbiterSeconds) : message.arbiterSeconds;
                        else
                            object.arbiterSeconds = options.longs === $String ? $util.Long.prototype.toString.call(message.arbiterSeconds) : options.longs === $Number ? new $util.LongBits(message.arbiterSeconds.low >>> 0, message.arbiterSeconds.high >>> 0).toNumber(true) : message.arbiterSeconds;
                    return object;
                };

                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.Params";
                };

                return Params;
            })();

            v1.QueryOfferingRequest = (function() {

                const QueryOfferingRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryOfferingRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryOfferingRequest.create = function(properties) {
                    return new QueryOfferingRequest(properties);
                };

                QueryOfferingRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryOfferingRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryOfferingRequest();
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

                QueryOfferingRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryOfferingRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryOfferingRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryOfferingRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                QueryOfferingRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                QueryOfferingRequest.prototype.toJSON = function() {
                    return QueryOfferingRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryOfferingRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryOfferingRequest";
                };

                return QueryOfferingRequest;
            })();

            v1.QueryOfferingResponse = (function() {

                const QueryOfferingResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryOfferingResponse.prototype.offering = null;

                QueryOfferingResponse.create = function(properties) {
                    return new QueryOfferingResponse(properties);
                };

                QueryOfferingResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offering != null && $Object.hasOwnProperty.call(message, "offering"))
                        $root.datum.computeright.v1.Offering.encode(message.offering, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryOfferingResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryOfferingResponse();
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
                                message.offering = $root.datum.computeright.v1.Offering.decode(reader, reader.size(), $undefined, _depth + 1, message.offering);
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

                QueryOfferingResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryOfferingResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryOfferingResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryOfferingResponse();
                    if (object.offering != null) {
                        if (!$util.isObject(object.offering))
                            throw $TypeError(".datum.computeright.v1.QueryOfferingResponse.offering: object expected");
                        message.offering = $root.datum.computeright.v1.Offering.fromObject(object.offering, _depth + 1);
                    }
                    return message;
                };

                QueryOfferingResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.offering = null;
                    if (message.offering != null && $Object.hasOwnProperty.call(message, "offering"))
                        object.offering = $root.datum.computeright.v1.Offering.toObject(message.offering, options, _depth + 1);
                    return object;
                };

                QueryOfferingResponse.prototype.toJSON = function() {
                    return QueryOfferingResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryOfferingResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryOfferingResponse";
                };

                return QueryOfferingResponse;
            })();

            v1.QueryRightRequest = (function() {

                const QueryRightRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryRightRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryRightRequest.create = function(properties) {
                    return new QueryRightRequest(properties);
                };

                QueryRightRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryRightRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryRightRequest();
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

                QueryRightRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryRightRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryRightRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryRightRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                QueryRightRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                QueryRightRequest.prototype.toJSON = function() {
                    return QueryRightRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryRightRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryRightRequest";
                };

                return QueryRightRequest;
            })();

            v1.QueryRightResponse = (function() {

                const QueryRightResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryRightResponse.prototype.right = null;

                QueryRightResponse.create = function(properties) {
                    return new QueryRightResponse(properties);
                };

                QueryRightResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right"))
                        $root.datum.computeright.v1.ComputeRight.encode(message.right, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryRightResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryRightResponse();
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
                                message.right = $root.datum.computeright.v1.ComputeRight.decode(reader, reader.size(), $undefined, _depth + 1, message.right);
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

                QueryRightResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryRightResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryRightResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryRightResponse();
                    if (object.right != null) {
                        if (!$util.isObject(object.right))
                            throw $TypeError(".datum.computeright.v1.QueryRightResponse.right: object expected");
                        message.right = $root.datum.computeright.v1.ComputeRight.fromObject(object.right, _depth + 1);
                    }
                    return message;
                };

                QueryRightResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.right = null;
                    if (message.right != null && $Object.hasOwnProperty.call(message, "right"))
                        object.right = $root.datum.computeright.v1.ComputeRight.toObject(message.right, options, _depth + 1);
                    return object;
                };

                QueryRightResponse.prototype.toJSON = function() {
                    return QueryRightResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryRightResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryRightResponse";
                };

                return QueryRightResponse;
            })();

            v1.QueryJobRequest = (function() {

                const QueryJobRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryJobRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QueryJobRequest.create = function(properties) {
                    return new QueryJobRequest(properties);
                };

                QueryJobRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryJobRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryJobRequest();
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

                QueryJobRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryJobRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryJobRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryJobRequest();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                QueryJobRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                QueryJobRequest.prototype.toJSON = function() {
                    return QueryJobRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryJobRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryJobRequest";
                };

                return QueryJobRequest;
            })();

            v1.QueryJobResponse = (function() {

                const QueryJobResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryJobResponse.prototype.job = null;

                QueryJobResponse.create = function(properties) {
                    return new QueryJobResponse(properties);
                };

                QueryJobResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        $root.datum.computeright.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryJobResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryJobResponse();
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
                                message.job = $root.datum.computeright.v1.Job.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
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

                QueryJobResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryJobResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryJobResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryJobResponse();
                    if (object.job != null) {
                        if (!$util.isObject(object.job))
                            throw $TypeError(".datum.computeright.v1.QueryJobResponse.job: object expected");
                        message.job = $root.datum.computeright.v1.Job.fromObject(object.job, _depth + 1);
                    }
                    return message;
                };

                QueryJobResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.job = null;
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        object.job = $root.datum.computeright.v1.Job.toObject(message.job, options, _depth + 1);
                    return object;
                };

                QueryJobResponse.prototype.toJSON = function() {
                    return QueryJobResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryJobResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryJobResponse";
                };

                return QueryJobResponse;
            })();

            v1.QueryRightsByHolderRequest = (function() {

                const QueryRightsByHolderRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryRightsByHolderRequest.prototype.holder = "";

                QueryRightsByHolderRequest.prototype.pagination = null;

                QueryRightsByHolderRequest.create = function(properties) {
                    return new QueryRightsByHolderRequest(properties);
                };

                QueryRightsByHolderRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder") && message.holder !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.holder);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryRightsByHolderRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryRightsByHolderRequest();
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
                                    message.holder = value;
                                else
                                    delete message.holder;
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

                QueryRightsByHolderRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryRightsByHolderRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryRightsByHolderRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryRightsByHolderRequest();
                    if (object.holder != null)
                        if (typeof object.holder !== "string" || object.holder.length)
                            message.holder = $String(object.holder);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryRightsByHolderRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryRightsByHolderRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.holder = "";
                        object.pagination = null;
                    }
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder"))
                        object.holder = message.holder;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryRightsByHolderRequest.prototype.toJSON = function() {
                    return QueryRightsByHolderRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryRightsByHolderRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryRightsByHolderRequest";
                };

                return QueryRightsByHolderRequest;
            })();

            v1.QueryRightsResponse = (function() {

                const QueryRightsResponse = function (properties) {
                    this.rights = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryRightsResponse.prototype.rights = $util.emptyArray;

                QueryRightsResponse.prototype.pagination = null;

                QueryRightsResponse.create = function(properties) {
                    return new QueryRightsResponse(properties);
                };

                QueryRightsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rights != null && message.rights.length)
                        for (let i = 0; i < message.rights.length; ++i)
                            $root.datum.computeright.v1.ComputeRight.encode(message.rights[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryRightsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryRightsResponse();
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
                                if (!(message.rights && message.rights.length))
                                    message.rights = [];
                                message.rights.push($root.datum.computeright.v1.ComputeRight.decode(reader, reader.size(), $undefined, _depth + 1));
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

                QueryRightsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryRightsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryRightsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryRightsResponse();
                    if (object.rights) {
                        if (!$Array.isArray(object.rights))
                            throw $TypeError(".datum.computeright.v1.QueryRightsResponse.rights: array expected");
                        message.rights = $Array(object.rights.length);
                        for (let i = 0; i < object.rights.length; ++i) {
                            if (!$util.isObject(object.rights[i]))
                                throw $TypeError(".datum.computeright.v1.QueryRightsResponse.rights: object expected");
                            message.rights[i] = $root.datum.computeright.v1.ComputeRight.fromObject(object.rights[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryRightsResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryRightsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rights = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.rights && message.rights.length) {
                        object.rights = $Array(message.rights.length);
                        for (let j = 0; j < message.rights.length; ++j)
                            object.rights[j] = $root.datum.computeright.v1.ComputeRight.toObject(message.rights[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryRightsResponse.prototype.toJSON = function() {
                    return QueryRightsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryRightsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryRightsResponse";
                };

                return QueryRightsResponse;
            })();

            v1.QueryEscrowRequest = (function() {

                const QueryEscrowRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryEscrowRequest.create = function(properties) {
                    return new QueryEscrowRequest(properties);
                };

                QueryEscrowRequest.encode = function (message, writer, _depth) {
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

                QueryEscrowRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryEscrowRequest();
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

                QueryEscrowRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryEscrowRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryEscrowRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.QueryEscrowRequest();
                };

                QueryEscrowRequest.toObject = function () {
                    return {};
                };

                QueryEscrowRequest.prototype.toJSON = function() {
                    return QueryEscrowRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryEscrowRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryEscrowRequest";
                };

                return QueryEscrowRequest;
            })();

            v1.QueryEscrowResponse = (function() {

                const QueryEscrowResponse = function (properties) {
                    this.balance = [];
                    this.owed = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryEscrowResponse.prototype.address = "";

                QueryEscrowResponse.prototype.balance = $util.emptyArray;

                QueryEscrowResponse.prototype.owed = $util.emptyArray;

                QueryEscrowResponse.create = function(properties) {
                    return new QueryEscrowResponse(properties);
                };

                QueryEscrowResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.balance != null && message.balance.length)
                        for (let i = 0; i < message.balance.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.balance[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.owed != null && message.owed.length)
                        for (let i = 0; i < message.owed.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.owed[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryEscrowResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryEscrowResponse();
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
                                if (wireType !== 2)
                                    break;
                                if (!(message.balance && message.balance.length))
                                    message.balance = [];
                                message.balance.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.owed && message.owed.length))
                                    message.owed = [];
                                message.owed.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1));
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

                QueryEscrowResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryEscrowResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryEscrowResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryEscrowResponse();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.balance) {
                        if (!$Array.isArray(object.balance))
                            throw $TypeError(".datum.computeright.v1.QueryEscrowResponse.balance: array expected");
                        message.balance = $Array(object.balance.length);
                        for (let i = 0; i < object.balance.length; ++i) {
                            if (!$util.isObject(object.balance[i]))
                                throw $TypeError(".datum.computeright.v1.QueryEscrowResponse.balance: object expected");
                            message.balance[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.balance[i], _depth + 1);
                        }
                    }
                    if (object.owed) {
                        if (!$Array.isArray(object.owed))
                            throw $TypeError(".datum.computeright.v1.QueryEscrowResponse.owed: array expected");
                        message.owed = $Array(object.owed.length);
                        for (let i = 0; i < object.owed.length; ++i) {
                            if (!$util.isObject(object.owed[i]))
                                throw $TypeError(".datum.computeright.v1.QueryEscrowResponse.owed: object expected");
                            message.owed[i] = $root.cosmos.base.v1beta1.Coin.fromObject(object.owed[i], _depth + 1);
                        }
                    }
                    return message;
                };

                QueryEscrowResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.balance = [];
                        object.owed = [];
                    }
                    if (options.defaults)
                        object.address = "";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.balance && message.balance.length) {
                        object.balance = $Array(message.balance.length);
                        for (let j = 0; j < message.balance.length; ++j)
                            object.balance[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.balance[j], options, _depth + 1);
                    }
                    if (message.owed && message.owed.length) {
                        object.owed = $Array(message.owed.length);
                        for (let j = 0; j < message.owed.length; ++j)
                            object.owed[j] = $root.cosmos.base.v1beta1.Coin.toObject(message.owed[j], options, _depth + 1);
                    }
                    return object;
                };

                QueryEscrowResponse.prototype.toJSON = function() {
                    return QueryEscrowResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryEscrowResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryEscrowResponse";
                };

                return QueryEscrowResponse;
            })();

            v1.QuerySettlementPreviewRequest = (function() {

                const QuerySettlementPreviewRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QuerySettlementPreviewRequest.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                QuerySettlementPreviewRequest.create = function(properties) {
                    return new QuerySettlementPreviewRequest(properties);
                };

                QuerySettlementPreviewRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offeringId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QuerySettlementPreviewRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QuerySettlementPreviewRequest();
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
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
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

                QuerySettlementPreviewRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QuerySettlementPreviewRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QuerySettlementPreviewRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QuerySettlementPreviewRequest();
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    return message;
                };

                QuerySettlementPreviewRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    return object;
                };

                QuerySettlementPreviewRequest.prototype.toJSON = function() {
                    return QuerySettlementPreviewRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QuerySettlementPreviewRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QuerySettlementPreviewRequest";
                };

                return QuerySettlementPreviewRequest;
            })();

            v1.Payout = (function() {

                const Payout = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Payout.prototype.address = "";

                Payout.prototype.amount = null;

                Payout.create = function(properties) {
                    return new Payout(properties);
                };

                Payout.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.amount, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Payout.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.Payout();
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
                                if (wireType !== 2)
                                    break;
                                message.amount = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.amount);
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

                Payout.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.Payout)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.Payout: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.Payout();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.amount != null) {
                        if (!$util.isObject(object.amount))
                            throw $TypeError(".datum.computeright.v1.Payout.amount: object expected");
                        message.amount = $root.cosmos.base.v1beta1.Coin.fromObject(object.amount, _depth + 1);
                    }
                    return message;
                };

                Payout.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.address = "";
                        object.amount = null;
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = $root.cosmos.base.v1beta1.Coin.toObject(message.amount, options, _depth + 1);
                    return object;
                };

                Payout.prototype.toJSON = function() {
                    return Payout.toObject(this, $protobuf.util.toJSONOptions);
                };

                Payout.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.Payout";
                };

                return Payout;
            })();

            v1.QuerySettlementPreviewResponse = (function() {

                const QuerySettlementPreviewResponse = function (properties) {
                    this.payouts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QuerySettlementPreviewResponse.prototype.pricePerUse = null;

                QuerySettlementPreviewResponse.prototype.protocolFee = null;

                QuerySettlementPreviewResponse.prototype.payouts = $util.emptyArray;

                QuerySettlementPreviewResponse.create = function(properties) {
                    return new QuerySettlementPreviewResponse(properties);
                };

                QuerySettlementPreviewResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pricePerUse != null && $Object.hasOwnProperty.call(message, "pricePerUse"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.pricePerUse, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.protocolFee != null && $Object.hasOwnProperty.call(message, "protocolFee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.protocolFee, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.payouts != null && message.payouts.length)
                        for (let i = 0; i < message.payouts.length; ++i)
                            $root.datum.computeright.v1.Payout.encode(message.payouts[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QuerySettlementPreviewResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QuerySettlementPreviewResponse();
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
                                message.pricePerUse = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.pricePerUse);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.protocolFee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.protocolFee);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.payouts && message.payouts.length))
                                    message.payouts = [];
                                message.payouts.push($root.datum.computeright.v1.Payout.decode(reader, reader.size(), $undefined, _depth + 1));
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

                QuerySettlementPreviewResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QuerySettlementPreviewResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QuerySettlementPreviewResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QuerySettlementPreviewResponse();
                    if (object.pricePerUse != null) {
                        if (!$util.isObject(object.pricePerUse))
                            throw $TypeError(".datum.computeright.v1.QuerySettlementPreviewResponse.pricePerUse: object expected");
                        message.pricePerUse = $root.cosmos.base.v1beta1.Coin.fromObject(object.pricePerUse, _depth + 1);
                    }
                    if (object.protocolFee != null) {
                        if (!$util.isObject(object.protocolFee))
                            throw $TypeError(".datum.computeright.v1.QuerySettlementPreviewResponse.protocolFee: object expected");
                        message.protocolFee = $root.cosmos.base.v1beta1.Coin.fromObject(object.protocolFee, _depth + 1);
                    }
                    if (object.payouts) {
                        if (!$Array.isArray(object.payouts))
                            throw $TypeError(".datum.computeright.v1.QuerySettlementPreviewResponse.payouts: array expected");
                        message.payouts = $Array(object.payouts.length);
                        for (let i = 0; i < object.payouts.length; ++i) {
                            if (!$util.isObject(object.payouts[i]))
                                throw $TypeError(".datum.computeright.v1.QuerySettlementPreviewResponse.payouts: object expected");
                            message.payouts[i] = $root.datum.computeright.v1.Payout.fromObject(object.payouts[i], _depth + 1);
                        }
                    }
                    return message;
                };

                QuerySettlementPreviewResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.payouts = [];
                    if (options.defaults) {
                        object.pricePerUse = null;
                        object.protocolFee = null;
                    }
                    if (message.pricePerUse != null && $Object.hasOwnProperty.call(message, "pricePerUse"))
                        object.pricePerUse = $root.cosmos.base.v1beta1.Coin.toObject(message.pricePerUse, options, _depth + 1);
                    if (message.protocolFee != null && $Object.hasOwnProperty.call(message, "protocolFee"))
                        object.protocolFee = $root.cosmos.base.v1beta1.Coin.toObject(message.protocolFee, options, _depth + 1);
                    if (message.payouts && message.payouts.length) {
                        object.payouts = $Array(message.payouts.length);
                        for (let j = 0; j < message.payouts.length; ++j)
                            object.payouts[j] = $root.datum.computeright.v1.Payout.toObject(message.payouts[j], options, _depth + 1);
                    }
                    return object;
                };

                QuerySettlementPreviewResponse.prototype.toJSON = function() {
                    return QuerySettlementPreviewResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QuerySettlementPreviewResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QuerySettlementPreviewResponse";
                };

                return QuerySettlementPreviewResponse;
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
                    message = _target || new $root.datum.computeright.v1.QueryParamsRequest();
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
                    if (object instanceof $root.datum.computeright.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.QueryParamsRequest();
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
                    return prefix + "/datum.computeright.v1.QueryParamsRequest";
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
                        $root.datum.computeright.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
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
                    message = _target || new $root.datum.computeright.v1.QueryParamsResponse();
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
                                message.params = $root.datum.computeright.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
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
                    if (object instanceof $root.datum.computeright.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".datum.computeright.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.datum.computeright.v1.Params.fromObject(object.params, _depth + 1);
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
                        object.params = $root.datum.computeright.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryByAssetRequest = (function() {

                const QueryByAssetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryByAssetRequest.prototype.assetId = "";

                QueryByAssetRequest.prototype.pagination = null;

                QueryByAssetRequest.create = function(properties) {
                    return new QueryByAssetRequest(properties);
                };

                QueryByAssetRequest.encode = function (message, writer, _depth) {
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

                QueryByAssetRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryByAssetRequest();
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

                QueryByAssetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryByAssetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryByAssetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryByAssetRequest();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryByAssetRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryByAssetRequest.toObject = function (message, options, _depth) {
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

                QueryByAssetRequest.prototype.toJSON = function() {
                    return QueryByAssetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryByAssetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryByAssetRequest";
                };

                return QueryByAssetRequest;
            })();

            v1.QueryOfferingsResponse = (function() {

                const QueryOfferingsResponse = function (properties) {
                    this.offerings = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryOfferingsResponse.prototype.offerings = $util.emptyArray;

                QueryOfferingsResponse.prototype.pagination = null;

                QueryOfferingsResponse.create = function(properties) {
                    return new QueryOfferingsResponse(properties);
                };

                QueryOfferingsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offerings != null && message.offerings.length)
                        for (let i = 0; i < message.offerings.length; ++i)
                            $root.datum.computeright.v1.Offering.encode(message.offerings[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryOfferingsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryOfferingsResponse();
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
                                if (!(message.offerings && message.offerings.length))
                                    message.offerings = [];
                                message.offerings.push($root.datum.computeright.v1.Offering.decode(reader, reader.size(), $undefined, _depth + 1));
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

                QueryOfferingsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryOfferingsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryOfferingsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryOfferingsResponse();
                    if (object.offerings) {
                        if (!$Array.isArray(object.offerings))
                            throw $TypeError(".datum.computeright.v1.QueryOfferingsResponse.offerings: array expected");
                        message.offerings = $Array(object.offerings.length);
                        for (let i = 0; i < object.offerings.length; ++i) {
                            if (!$util.isObject(object.offerings[i]))
                                throw $TypeError(".datum.computeright.v1.QueryOfferingsResponse.offerings: object expected");
                            message.offerings[i] = $root.datum.computeright.v1.Offering.fromObject(object.offerings[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryOfferingsResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryOfferingsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.offerings = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.offerings && message.offerings.length) {
                        object.offerings = $Array(message.offerings.length);
                        for (let j = 0; j < message.offerings.length; ++j)
                            object.offerings[j] = $root.datum.computeright.v1.Offering.toObject(message.offerings[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryOfferingsResponse.prototype.toJSON = function() {
                    return QueryOfferingsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryOfferingsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryOfferingsResponse";
                };

                return QueryOfferingsResponse;
            })();

            v1.QueryJobsByRequesterRequest = (function() {

                const QueryJobsByRequesterRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryJobsByRequesterRequest.prototype.requester = "";

                QueryJobsByRequesterRequest.prototype.pagination = null;

                QueryJobsByRequesterRequest.create = function(properties) {
                    return new QueryJobsByRequesterRequest(properties);
                };

                QueryJobsByRequesterRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryJobsByRequesterRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryJobsByRequesterRequest();
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
                                    message.requester = value;
                                else
                                    delete message.requester;
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

                QueryJobsByRequesterRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryJobsByRequesterRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryJobsByRequesterRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryJobsByRequesterRequest();
                    if (object.requester != null)
                        if (typeof object.requester !== "string" || object.requester.length)
                            message.requester = $String(object.requester);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryJobsByRequesterRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryJobsByRequesterRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requester = "";
                        object.pagination = null;
                    }
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                        object.requester = message.requester;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryJobsByRequesterRequest.prototype.toJSON = function() {
                    return QueryJobsByRequesterRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryJobsByRequesterRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryJobsByRequesterRequest";
                };

                return QueryJobsByRequesterRequest;
            })();

            v1.QueryJobsByStateRequest = (function() {

                const QueryJobsByStateRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryJobsByStateRequest.prototype.state = 0;

                QueryJobsByStateRequest.prototype.pagination = null;

                QueryJobsByStateRequest.create = function(properties) {
                    return new QueryJobsByStateRequest(properties);
                };

                QueryJobsByStateRequest.encode = function (message, writer, _depth) {
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

                QueryJobsByStateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryJobsByStateRequest();
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

                QueryJobsByStateRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryJobsByStateRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryJobsByStateRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryJobsByStateRequest();
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.computeright.v1.JobState[object.state] !== 0))
                        switch (object.state) {
                        case "JOB_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "JOB_STATE_REQUESTED":
                        case 1:
                            message.state = 1;
                            break;
                        case "JOB_STATE_ASSIGNED":
                        case 2:
                            message.state = 2;
                            break;
                        case "JOB_STATE_COMMITTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "JOB_STATE_ATTESTED":
                        case 4:
                            message.state = 4;
                            break;
                        case "JOB_STATE_CHALLENGED":
                        case 5:
                            message.state = 5;
                            break;
                        case "JOB_STATE_FINALIZED":
                        case 6:
                            message.state = 6;
                            break;
                        case "JOB_STATE_FAILED":
                        case 7:
                            message.state = 7;
                            break;
                        case "JOB_STATE_EXPIRED":
                        case 8:
                            message.state = 8;
                            break;
                        case "JOB_STATE_CANCELLED":
                        case 9:
                            message.state = 9;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryJobsByStateRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryJobsByStateRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.state = options.enums === $String ? "JOB_STATE_UNSPECIFIED" : 0;
                        object.pagination = null;
                    }
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.computeright.v1.JobState[message.state] === $undefined ? message.state : $root.datum.computeright.v1.JobState[message.state] : message.state;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryJobsByStateRequest.prototype.toJSON = function() {
                    return QueryJobsByStateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryJobsByStateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryJobsByStateRequest";
                };

                return QueryJobsByStateRequest;
            })();

            v1.QueryJobsByAssetRequest = (function() {

                const QueryJobsByAssetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryJobsByAssetRequest.prototype.assetId = "";

                QueryJobsByAssetRequest.prototype.state = 0;

                QueryJobsByAssetRequest.prototype.pagination = null;

                QueryJobsByAssetRequest.create = function(properties) {
                    return new QueryJobsByAssetRequest(properties);
                };

                QueryJobsByAssetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId") && message.assetId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.assetId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageRequest.encode(message.pagination, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryJobsByAssetRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryJobsByAssetRequest();
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
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
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

                QueryJobsByAssetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryJobsByAssetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryJobsByAssetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryJobsByAssetRequest();
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.computeright.v1.JobState[object.state] !== 0))
                        switch (object.state) {
                        case "JOB_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "JOB_STATE_REQUESTED":
                        case 1:
                            message.state = 1;
                            break;
                        case "JOB_STATE_ASSIGNED":
                        case 2:
                            message.state = 2;
                            break;
                        case "JOB_STATE_COMMITTED":
                        case 3:
                            message.state = 3;
                            break;
                        case "JOB_STATE_ATTESTED":
                        case 4:
                            message.state = 4;
                            break;
                        case "JOB_STATE_CHALLENGED":
                        case 5:
                            message.state = 5;
                            break;
                        case "JOB_STATE_FINALIZED":
                        case 6:
                            message.state = 6;
                            break;
                        case "JOB_STATE_FAILED":
                        case 7:
                            message.state = 7;
                            break;
                        case "JOB_STATE_EXPIRED":
                        case 8:
                            message.state = 8;
                            break;
                        case "JOB_STATE_CANCELLED":
                        case 9:
                            message.state = 9;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryJobsByAssetRequest.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryJobsByAssetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.assetId = "";
                        object.state = options.enums === $String ? "JOB_STATE_UNSPECIFIED" : 0;
                        object.pagination = null;
                    }
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.computeright.v1.JobState[message.state] === $undefined ? message.state : $root.datum.computeright.v1.JobState[message.state] : message.state;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryJobsByAssetRequest.prototype.toJSON = function() {
                    return QueryJobsByAssetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryJobsByAssetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryJobsByAssetRequest";
                };

                return QueryJobsByAssetRequest;
            })();

            v1.QueryJobsResponse = (function() {

                const QueryJobsResponse = function (properties) {
                    this.jobs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                QueryJobsResponse.prototype.jobs = $util.emptyArray;

                QueryJobsResponse.prototype.pagination = null;

                QueryJobsResponse.create = function(properties) {
                    return new QueryJobsResponse(properties);
                };

                QueryJobsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobs != null && message.jobs.length)
                        for (let i = 0; i < message.jobs.length; ++i)
                            $root.datum.computeright.v1.Job.encode(message.jobs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.cosmos.base.query.v1beta1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                QueryJobsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.QueryJobsResponse();
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
                                if (!(message.jobs && message.jobs.length))
                                    message.jobs = [];
                                message.jobs.push($root.datum.computeright.v1.Job.decode(reader, reader.size(), $undefined, _depth + 1));
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

                QueryJobsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.QueryJobsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.QueryJobsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.QueryJobsResponse();
                    if (object.jobs) {
                        if (!$Array.isArray(object.jobs))
                            throw $TypeError(".datum.computeright.v1.QueryJobsResponse.jobs: array expected");
                        message.jobs = $Array(object.jobs.length);
                        for (let i = 0; i < object.jobs.length; ++i) {
                            if (!$util.isObject(object.jobs[i]))
                                throw $TypeError(".datum.computeright.v1.QueryJobsResponse.jobs: object expected");
                            message.jobs[i] = $root.datum.computeright.v1.Job.fromObject(object.jobs[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".datum.computeright.v1.QueryJobsResponse.pagination: object expected");
                        message.pagination = $root.cosmos.base.query.v1beta1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                QueryJobsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.jobs = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.jobs && message.jobs.length) {
                        object.jobs = $Array(message.jobs.length);
                        for (let j = 0; j < message.jobs.length; ++j)
                            object.jobs[j] = $root.datum.computeright.v1.Job.toObject(message.jobs[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.cosmos.base.query.v1beta1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                QueryJobsResponse.prototype.toJSON = function() {
                    return QueryJobsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                QueryJobsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.QueryJobsResponse";
                };

                return QueryJobsResponse;
            })();

            v1.MsgCreateOffering = (function() {

                const MsgCreateOffering = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgCreateOffering.prototype.owner = "";

                MsgCreateOffering.prototype.assetId = "";

                MsgCreateOffering.prototype.terms = null;

                MsgCreateOffering.create = function(properties) {
                    return new MsgCreateOffering(properties);
                };

                MsgCreateOffering.encode = function (message, writer, _depth) {
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
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        $root.datum.computeright.v1.OfferingTerms.encode(message.terms, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgCreateOffering.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgCreateOffering();
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
                                message.terms = $root.datum.computeright.v1.OfferingTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
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

                MsgCreateOffering.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgCreateOffering)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgCreateOffering: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgCreateOffering();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.assetId != null)
                        if (typeof object.assetId !== "string" || object.assetId.length)
                            message.assetId = $String(object.assetId);
                    if (object.terms != null) {
                        if (!$util.isObject(object.terms))
                            throw $TypeError(".datum.computeright.v1.MsgCreateOffering.terms: object expected");
                        message.terms = $root.datum.computeright.v1.OfferingTerms.fromObject(object.terms, _depth + 1);
                    }
                    return message;
                };

                MsgCreateOffering.toObject = function (message, options, _depth) {
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
                        object.terms = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.assetId != null && $Object.hasOwnProperty.call(message, "assetId"))
                        object.assetId = message.assetId;
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        object.terms = $root.datum.computeright.v1.OfferingTerms.toObject(message.terms, options, _depth + 1);
                    return object;
                };

                MsgCreateOffering.prototype.toJSON = function() {
                    return MsgCreateOffering.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgCreateOffering.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgCreateOffering";
                };

                return MsgCreateOffering;
            })();

            v1.MsgCreateOfferingResponse = (function() {

                const MsgCreateOfferingResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgCreateOfferingResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgCreateOfferingResponse.create = function(properties) {
                    return new MsgCreateOfferingResponse(properties);
                };

                MsgCreateOfferingResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgCreateOfferingResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgCreateOfferingResponse();
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

                MsgCreateOfferingResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgCreateOfferingResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgCreateOfferingResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgCreateOfferingResponse();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    return message;
                };

                MsgCreateOfferingResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    return object;
                };

                MsgCreateOfferingResponse.prototype.toJSON = function() {
                    return MsgCreateOfferingResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgCreateOfferingResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgCreateOfferingResponse";
                };

                return MsgCreateOfferingResponse;
            })();

            v1.MsgUpdateOffering = (function() {

                const MsgUpdateOffering = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUpdateOffering.prototype.owner = "";

                MsgUpdateOffering.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgUpdateOffering.prototype.terms = null;

                MsgUpdateOffering.create = function(properties) {
                    return new MsgUpdateOffering(properties);
                };

                MsgUpdateOffering.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offeringId);
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        $root.datum.computeright.v1.OfferingTerms.encode(message.terms, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgUpdateOffering.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgUpdateOffering();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.terms = $root.datum.computeright.v1.OfferingTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
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

                MsgUpdateOffering.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgUpdateOffering)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgUpdateOffering: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgUpdateOffering();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    if (object.terms != null) {
                        if (!$util.isObject(object.terms))
                            throw $TypeError(".datum.computeright.v1.MsgUpdateOffering.terms: object expected");
                        message.terms = $root.datum.computeright.v1.OfferingTerms.fromObject(object.terms, _depth + 1);
                    }
                    return message;
                };

                MsgUpdateOffering.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.terms = null;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                        object.terms = $root.datum.computeright.v1.OfferingTerms.toObject(message.terms, options, _depth + 1);
                    return object;
                };

                MsgUpdateOffering.prototype.toJSON = function() {
                    return MsgUpdateOffering.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUpdateOffering.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgUpdateOffering";
                };

                return MsgUpdateOffering;
            })();

            v1.MsgUpdateOfferingResponse = (function() {

                const MsgUpdateOfferingResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgUpdateOfferingResponse.create = function(properties) {
                    return new MsgUpdateOfferingResponse(properties);
                };

                MsgUpdateOfferingResponse.encode = function (message, writer, _depth) {
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

                MsgUpdateOfferingResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgUpdateOfferingResponse();
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

                MsgUpdateOfferingResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgUpdateOfferingResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgUpdateOfferingResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgUpdateOfferingResponse();
                };

                MsgUpdateOfferingResponse.toObject = function () {
                    return {};
                };

                MsgUpdateOfferingResponse.prototype.toJSON = function() {
                    return MsgUpdateOfferingResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgUpdateOfferingResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgUpdateOfferingResponse";
                };

                return MsgUpdateOfferingResponse;
            })();

            v1.MsgSetOfferingState = (function() {

                const MsgSetOfferingState = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetOfferingState.prototype.owner = "";

                MsgSetOfferingState.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgSetOfferingState.prototype.state = 0;

                MsgSetOfferingState.create = function(properties) {
                    return new MsgSetOfferingState(properties);
                };

                MsgSetOfferingState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offeringId);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgSetOfferingState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgSetOfferingState();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
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

                MsgSetOfferingState.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgSetOfferingState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgSetOfferingState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgSetOfferingState();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    if (object.state !== 0 && (typeof object.state !== "string" || $root.datum.computeright.v1.OfferingState[object.state] !== 0))
                        switch (object.state) {
                        case "OFFERING_STATE_UNSPECIFIED":
                        case 0:
                            message.state = 0;
                            break;
                        case "OFFERING_STATE_ACTIVE":
                        case 1:
                            message.state = 1;
                            break;
                        case "OFFERING_STATE_PAUSED":
                        case 2:
                            message.state = 2;
                            break;
                        case "OFFERING_STATE_CLOSED":
                        case 3:
                            message.state = 3;
                            break;
                        default:
                            if (typeof object.state === "number" && (object.state | 0) === object.state)
                                message.state = object.state;
                        }
                    return message;
                };

                MsgSetOfferingState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.owner = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.state = options.enums === $String ? "OFFERING_STATE_UNSPECIFIED" : 0;
                    }
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = options.enums === $String ? $root.datum.computeright.v1.OfferingState[message.state] === $undefined ? message.state : $root.datum.computeright.v1.OfferingState[message.state] : message.state;
                    return object;
                };

                MsgSetOfferingState.prototype.toJSON = function() {
                    return MsgSetOfferingState.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetOfferingState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgSetOfferingState";
                };

                return MsgSetOfferingState;
            })();

            v1.MsgSetOfferingStateResponse = (function() {

                const MsgSetOfferingStateResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgSetOfferingStateResponse.create = function(properties) {
                    return new MsgSetOfferingStateResponse(properties);
                };

                MsgSetOfferingStateResponse.encode = function (message, writer, _depth) {
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

                MsgSetOfferingStateResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgSetOfferingStateResponse();
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

                MsgSetOfferingStateResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgSetOfferingStateResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgSetOfferingStateResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgSetOfferingStateResponse();
                };

                MsgSetOfferingStateResponse.toObject = function () {
                    return {};
                };

                MsgSetOfferingStateResponse.prototype.toJSON = function() {
                    return MsgSetOfferingStateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgSetOfferingStateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgSetOfferingStateResponse";
                };

                return MsgSetOfferingStateResponse;
            })();

            v1.MsgPurchaseRight = (function() {

                const MsgPurchaseRight = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgPurchaseRight.prototype.buyer = "";

                MsgPurchaseRight.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgPurchaseRight.create = function(properties) {
                    return new MsgPurchaseRight(properties);
                };

                MsgPurchaseRight.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer") && message.buyer !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.buyer);
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offeringId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgPurchaseRight.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgPurchaseRight();
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
                                    message.buyer = value;
                                else
                                    delete message.buyer;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
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

                MsgPurchaseRight.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgPurchaseRight)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgPurchaseRight: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgPurchaseRight();
                    if (object.buyer != null)
                        if (typeof object.buyer !== "string" || object.buyer.length)
                            message.buyer = $String(object.buyer);
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    return message;
                };

                MsgPurchaseRight.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.buyer = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer"))
                        object.buyer = message.buyer;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    return object;
                };

                MsgPurchaseRight.prototype.toJSON = function() {
                    return MsgPurchaseRight.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgPurchaseRight.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgPurchaseRight";
                };

                return MsgPurchaseRight;
            })();

            v1.MsgPurchaseRightResponse = (function() {

                const MsgPurchaseRightResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgPurchaseRightResponse.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgPurchaseRightResponse.create = function(properties) {
                    return new MsgPurchaseRightResponse(properties);
                };

                MsgPurchaseRightResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rightId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgPurchaseRightResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgPurchaseRightResponse();
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
                                    message.rightId = value;
                                else
                                    delete message.rightId;
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

                MsgPurchaseRightResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgPurchaseRightResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgPurchaseRightResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgPurchaseRightResponse();
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    return message;
                };

                MsgPurchaseRightResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    return object;
                };

                MsgPurchaseRightResponse.prototype.toJSON = function() {
                    return MsgPurchaseRightResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgPurchaseRightResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgPurchaseRightResponse";
                };

                return MsgPurchaseRightResponse;
            })();

            v1.JobRequest = (function() {

                const JobRequest = function (properties) {
                    this.viewers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                JobRequest.prototype.algorithm = null;

                JobRequest.prototype.mechanism = 0;

                JobRequest.prototype.epsilonMicro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                JobRequest.prototype.maxComputeFee = null;

                JobRequest.prototype.outputKey = $util.newBuffer([]);

                JobRequest.prototype.viewers = $util.emptyArray;

                JobRequest.create = function(properties) {
                    return new JobRequest(properties);
                };

                JobRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        $root.datum.computeright.v1.Algorithm.encode(message.algorithm, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism") && message.mechanism !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mechanism);
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro") && (typeof message.epsilonMicro === "object" ? message.epsilonMicro.low || message.epsilonMicro.high : message.epsilonMicro !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.epsilonMicro);
                    if (message.maxComputeFee != null && $Object.hasOwnProperty.call(message, "maxComputeFee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.maxComputeFee, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.outputKey != null && $Object.hasOwnProperty.call(message, "outputKey") && message.outputKey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.outputKey);
                    if (message.viewers != null && message.viewers.length)
                        for (let i = 0; i < message.viewers.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.viewers[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                JobRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.JobRequest();
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
                                message.algorithm = $root.datum.computeright.v1.Algorithm.decode(reader, reader.size(), $undefined, _depth + 1, message.algorithm);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.mechanism = value;
                                else
                                    delete message.mechanism;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.epsilonMicro = value;
                                else
                                    delete message.epsilonMicro;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.maxComputeFee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.maxComputeFee);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.outputKey = value;
                                else
                                    delete message.outputKey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.viewers && message.viewers.length))
                                    message.viewers = [];
                                message.viewers.push(reader.stringVerify());
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

                JobRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.JobRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.JobRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.JobRequest();
                    if (object.algorithm != null) {
                        if (!$util.isObject(object.algorithm))
                            throw $TypeError(".datum.computeright.v1.JobRequest.algorithm: object expected");
                        message.algorithm = $root.datum.computeright.v1.Algorithm.fromObject(object.algorithm, _depth + 1);
                    }
                    if (object.mechanism != null)
                        if ($Number(object.mechanism) !== 0)
                            message.mechanism = object.mechanism | 0;
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
                    if (object.maxComputeFee != null) {
                        if (!$util.isObject(object.maxComputeFee))
                            throw $TypeError(".datum.computeright.v1.JobRequest.maxComputeFee: object expected");
                        message.maxComputeFee = $root.cosmos.base.v1beta1.Coin.fromObject(object.maxComputeFee, _depth + 1);
                    }
                    if (object.outputKey != null)
                        if (object.outputKey.length)
                            if (typeof object.outputKey === "string")
                                $util.base64.decode(object.outputKey, message.outputKey = $util.newBuffer($util.base64.length(object.outputKey)), 0);
                            else if (object.outputKey.length >= 0)
                                message.outputKey = object.outputKey;
                    if (object.viewers) {
                        if (!$Array.isArray(object.viewers))
                            throw $TypeError(".datum.computeright.v1.JobRequest.viewers: array expected");
                        message.viewers = $Array(object.viewers.length);
                        for (let i = 0; i < object.viewers.length; ++i)
                            message.viewers[i] = $String(object.viewers[i]);
                    }
                    return message;
                };

                JobRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.viewers = [];
                    if (options.defaults) {
                        object.algorithm = null;
                        object.mechanism = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.epsilonMicro = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.epsilonMicro = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxComputeFee = null;
                        if (options.bytes === $String)
                            object.outputKey = "";
                        else {
                            object.outputKey = [];
                            if (options.bytes !== $Array)
                                object.outputKey = $util.newBuffer(object.outputKey);
                        }
                    }
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        object.algorithm = $root.datum.computeright.v1.Algorithm.toObject(message.algorithm, options, _depth + 1);
                    if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism"))
                        object.mechanism = message.mechanism;
                    if (message.epsilonMicro != null && $Object.hasOwnProperty.call(message, "epsilonMicro"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.epsilonMicro = typeof message.epsilonMicro === "number" ? $BigInt(message.epsilonMicro) : $util.Long.fromBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0, true).toBigInt();
                        else if (typeof message.epsilonMicro === "number")
                            object.epsilonMicro = options.longs === $String ? $String(message.epsilonMicro) : message.epsilonMicro;
                        else
                            object.epsilonMicro = options.longs === $String ? $util.Long.prototype.toString.call(message.epsilonMicro) : options.longs === $Number ? new $util.LongBits(message.epsilonMicro.low >>> 0, message.epsilonMicro.high >>> 0).toNumber(true) : message.epsilonMicro;
                    if (message.maxComputeFee != null && $Object.hasOwnProperty.call(message, "maxComputeFee"))
                        object.maxComputeFee = $root.cosmos.base.v1beta1.Coin.toObject(message.maxComputeFee, options, _depth + 1);
                    if (message.outputKey != null && $Object.hasOwnProperty.call(message, "outputKey"))
                        object.outputKey = options.bytes === $String ? $util.base64.encode(message.outputKey, 0, message.outputKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.outputKey) : message.outputKey;
                    if (message.viewers && message.viewers.length) {
                        object.viewers = $Array(message.viewers.length);
                        for (let j = 0; j < message.viewers.length; ++j)
                            object.viewers[j] = message.viewers[j];
                    }
                    return object;
                };

                JobRequest.prototype.toJSON = function() {
                    return JobRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                JobRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.JobRequest";
                };

                return JobRequest;
            })();

            v1.MsgRequestJob = (function() {

                const MsgRequestJob = function (properties) {
                    this.rightIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRequestJob.prototype.requester = "";

                MsgRequestJob.prototype.rightIds = $util.emptyArray;

                MsgRequestJob.prototype.job = null;

                MsgRequestJob.create = function(properties) {
                    return new MsgRequestJob(properties);
                };

                MsgRequestJob.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                    if (message.rightIds != null && message.rightIds.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.rightIds);
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        $root.datum.computeright.v1.JobRequest.encode(message.job, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRequestJob.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgRequestJob();
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
                                    message.requester = value;
                                else
                                    delete message.requester;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.rightIds && message.rightIds.length))
                                        message.rightIds = [];
                                    reader.uint64s(message.rightIds);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.rightIds && message.rightIds.length))
                                    message.rightIds = [];
                                message.rightIds.push(reader.uint64());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.job = $root.datum.computeright.v1.JobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
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

                MsgRequestJob.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgRequestJob)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgRequestJob: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgRequestJob();
                    if (object.requester != null)
                        if (typeof object.requester !== "string" || object.requester.length)
                            message.requester = $String(object.requester);
                    if (object.rightIds) {
                        if (!$Array.isArray(object.rightIds))
                            throw $TypeError(".datum.computeright.v1.MsgRequestJob.rightIds: array expected");
                        message.rightIds = $Array(object.rightIds.length);
                        for (let i = 0; i < object.rightIds.length; ++i)
                            if ($util.Long)
                                message.rightIds[i] = $util.Long.fromValue(object.rightIds[i], true);
                            else if (typeof object.rightIds[i] === "string")
                                message.rightIds[i] = $parseInt(object.rightIds[i], 10);
                            else if (typeof object.rightIds[i] === "number")
                                message.rightIds[i] = object.rightIds[i];
                            else if (typeof object.rightIds[i] === "object")
                                message.rightIds[i] = new $util.LongBits(object.rightIds[i].low >>> 0, object.rightIds[i].high >>> 0).toNumber(true);
                    }
                    if (object.job != null) {
                        if (!$util.isObject(object.job))
                            throw $TypeError(".datum.computeright.v1.MsgRequestJob.job: object expected");
                        message.job = $root.datum.computeright.v1.JobRequest.fromObject(object.job, _depth + 1);
                    }
                    return message;
                };

                MsgRequestJob.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rightIds = [];
                    if (options.defaults) {
                        object.requester = "";
                        object.job = null;
                    }
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                        object.requester = message.requester;
                    if (message.rightIds && message.rightIds.length) {
                        object.rightIds = $Array(message.rightIds.length);
                        for (let j = 0; j < message.rightIds.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.rightIds[j] = typeof message.rightIds[j] === "number" ? $BigInt(message.rightIds[j]) : $util.Long.fromBits(message.rightIds[j].low >>> 0, message.rightIds[j].high >>> 0, true).toBigInt();
                            else if (typeof message.rightIds[j] === "number")
                                object.rightIds[j] = options.longs === $String ? $String(message.rightIds[j]) : message.rightIds[j];
                            else
                                object.rightIds[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.rightIds[j]) : options.longs === $Number ? new $util.LongBits(message.rightIds[j].low >>> 0, message.rightIds[j].high >>> 0).toNumber(true) : message.rightIds[j];
                    }
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        object.job = $root.datum.computeright.v1.JobRequest.toObject(message.job, options, _depth + 1);
                    return object;
                };

                MsgRequestJob.prototype.toJSON = function() {
                    return MsgRequestJob.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRequestJob.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgRequestJob";
                };

                return MsgRequestJob;
            })();

            v1.MsgRequestJobResponse = (function() {

                const MsgRequestJobResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgRequestJobResponse.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgRequestJobResponse.create = function(properties) {
                    return new MsgRequestJobResponse(properties);
                };

                MsgRequestJobResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgRequestJobResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgRequestJobResponse();
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
                                    message.jobId = value;
                                else
                                    delete message.jobId;
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

                MsgRequestJobResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgRequestJobResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgRequestJobResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgRequestJobResponse();
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
                    return message;
                };

                MsgRequestJobResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgRequestJobResponse.prototype.toJSON = function() {
                    return MsgRequestJobResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgRequestJobResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgRequestJobResponse";
                };

                return MsgRequestJobResponse;
            })();

            v1.MsgPurchaseAndRequest = (function() {

                const MsgPurchaseAndRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgPurchaseAndRequest.prototype.buyer = "";

                MsgPurchaseAndRequest.prototype.offeringId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgPurchaseAndRequest.prototype.job = null;

                MsgPurchaseAndRequest.create = function(properties) {
                    return new MsgPurchaseAndRequest(properties);
                };

                MsgPurchaseAndRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer") && message.buyer !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.buyer);
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId") && (typeof message.offeringId === "object" ? message.offeringId.low || message.offeringId.high : message.offeringId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offeringId);
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        $root.datum.computeright.v1.JobRequest.encode(message.job, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgPurchaseAndRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgPurchaseAndRequest();
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
                                    message.buyer = value;
                                else
                                    delete message.buyer;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offeringId = value;
                                else
                                    delete message.offeringId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.job = $root.datum.computeright.v1.JobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.job);
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

                MsgPurchaseAndRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgPurchaseAndRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgPurchaseAndRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgPurchaseAndRequest();
                    if (object.buyer != null)
                        if (typeof object.buyer !== "string" || object.buyer.length)
                            message.buyer = $String(object.buyer);
                    if (object.offeringId != null)
                        if (typeof object.offeringId === "object" ? object.offeringId.low || object.offeringId.high : $Number(object.offeringId) !== 0)
                            if ($util.Long)
                                message.offeringId = $util.Long.fromValue(object.offeringId, true);
                            else if (typeof object.offeringId === "string")
                                message.offeringId = $parseInt(object.offeringId, 10);
                            else if (typeof object.offeringId === "number")
                                message.offeringId = object.offeringId;
                            else if (typeof object.offeringId === "object")
                                message.offeringId = new $util.LongBits(object.offeringId.low >>> 0, object.offeringId.high >>> 0).toNumber(true);
                    if (object.job != null) {
                        if (!$util.isObject(object.job))
                            throw $TypeError(".datum.computeright.v1.MsgPurchaseAndRequest.job: object expected");
                        message.job = $root.datum.computeright.v1.JobRequest.fromObject(object.job, _depth + 1);
                    }
                    return message;
                };

                MsgPurchaseAndRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.buyer = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeringId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offeringId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.job = null;
                    }
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer"))
                        object.buyer = message.buyer;
                    if (message.offeringId != null && $Object.hasOwnProperty.call(message, "offeringId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offeringId = typeof message.offeringId === "number" ? $BigInt(message.offeringId) : $util.Long.fromBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0, true).toBigInt();
                        else if (typeof message.offeringId === "number")
                            object.offeringId = options.longs === $String ? $String(message.offeringId) : message.offeringId;
                        else
                            object.offeringId = options.longs === $String ? $util.Long.prototype.toString.call(message.offeringId) : options.longs === $Number ? new $util.LongBits(message.offeringId.low >>> 0, message.offeringId.high >>> 0).toNumber(true) : message.offeringId;
                    if (message.job != null && $Object.hasOwnProperty.call(message, "job"))
                        object.job = $root.datum.computeright.v1.JobRequest.toObject(message.job, options, _depth + 1);
                    return object;
                };

                MsgPurchaseAndRequest.prototype.toJSON = function() {
                    return MsgPurchaseAndRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgPurchaseAndRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgPurchaseAndRequest";
                };

                return MsgPurchaseAndRequest;
            })();

            v1.MsgPurchaseAndRequestResponse = (function() {

                const MsgPurchaseAndRequestResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgPurchaseAndRequestResponse.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgPurchaseAndRequestResponse.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgPurchaseAndRequestResponse.create = function(properties) {
                    return new MsgPurchaseAndRequestResponse(properties);
                };

                MsgPurchaseAndRequestResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rightId);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgPurchaseAndRequestResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgPurchaseAndRequestResponse();
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
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
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

                MsgPurchaseAndRequestResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgPurchaseAndRequestResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgPurchaseAndRequestResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgPurchaseAndRequestResponse();
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
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
                    return message;
                };

                MsgPurchaseAndRequestResponse.toObject = function (message, options, _depth) {
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
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgPurchaseAndRequestResponse.prototype.toJSON = function() {
                    return MsgPurchaseAndRequestResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgPurchaseAndRequestResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgPurchaseAndRequestResponse";
                };

                return MsgPurchaseAndRequestResponse;
            })();

            v1.MsgCancelJob = (function() {

                const MsgCancelJob = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgCancelJob.prototype.requester = "";

                MsgCancelJob.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgCancelJob.create = function(properties) {
                    return new MsgCancelJob(properties);
                };

                MsgCancelJob.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgCancelJob.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgCancelJob();
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
                                    message.requester = value;
                                else
                                    delete message.requester;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
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

                MsgCancelJob.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgCancelJob)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgCancelJob: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgCancelJob();
                    if (object.requester != null)
                        if (typeof object.requester !== "string" || object.requester.length)
                            message.requester = $String(object.requester);
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
                    return message;
                };

                MsgCancelJob.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requester = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                        object.requester = message.requester;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgCancelJob.prototype.toJSON = function() {
                    return MsgCancelJob.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgCancelJob.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgCancelJob";
                };

                return MsgCancelJob;
            })();

            v1.MsgCancelJobResponse = (function() {

                const MsgCancelJobResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgCancelJobResponse.create = function(properties) {
                    return new MsgCancelJobResponse(properties);
                };

                MsgCancelJobResponse.encode = function (message, writer, _depth) {
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

                MsgCancelJobResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgCancelJobResponse();
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

                MsgCancelJobResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgCancelJobResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgCancelJobResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgCancelJobResponse();
                };

                MsgCancelJobResponse.toObject = function () {
                    return {};
                };

                MsgCancelJobResponse.prototype.toJSON = function() {
                    return MsgCancelJobResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgCancelJobResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgCancelJobResponse";
                };

                return MsgCancelJobResponse;
            })();

            v1.MsgClaimExpiredJob = (function() {

                const MsgClaimExpiredJob = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgClaimExpiredJob.prototype.claimer = "";

                MsgClaimExpiredJob.prototype.jobId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgClaimExpiredJob.create = function(properties) {
                    return new MsgClaimExpiredJob(properties);
                };

                MsgClaimExpiredJob.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.claimer != null && $Object.hasOwnProperty.call(message, "claimer") && message.claimer !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.claimer);
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && (typeof message.jobId === "object" ? message.jobId.low || message.jobId.high : message.jobId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.jobId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgClaimExpiredJob.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgClaimExpiredJob();
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
                                    message.claimer = value;
                                else
                                    delete message.claimer;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
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

                MsgClaimExpiredJob.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgClaimExpiredJob)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgClaimExpiredJob: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgClaimExpiredJob();
                    if (object.claimer != null)
                        if (typeof object.claimer !== "string" || object.claimer.length)
                            message.claimer = $String(object.claimer);
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
                    return message;
                };

                MsgClaimExpiredJob.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.claimer = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.jobId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.jobId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.claimer != null && $Object.hasOwnProperty.call(message, "claimer"))
                        object.claimer = message.claimer;
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.jobId = typeof message.jobId === "number" ? $BigInt(message.jobId) : $util.Long.fromBits(message.jobId.low >>> 0, message.jobId.high >>> 0, true).toBigInt();
                        else if (typeof message.jobId === "number")
                            object.jobId = options.longs === $String ? $String(message.jobId) : message.jobId;
                        else
                            object.jobId = options.longs === $String ? $util.Long.prototype.toString.call(message.jobId) : options.longs === $Number ? new $util.LongBits(message.jobId.low >>> 0, message.jobId.high >>> 0).toNumber(true) : message.jobId;
                    return object;
                };

                MsgClaimExpiredJob.prototype.toJSON = function() {
                    return MsgClaimExpiredJob.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgClaimExpiredJob.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgClaimExpiredJob";
                };

                return MsgClaimExpiredJob;
            })();

            v1.MsgClaimExpiredJobResponse = (function() {

                const MsgClaimExpiredJobResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgClaimExpiredJobResponse.create = function(properties) {
                    return new MsgClaimExpiredJobResponse(properties);
                };

                MsgClaimExpiredJobResponse.encode = function (message, writer, _depth) {
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

                MsgClaimExpiredJobResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgClaimExpiredJobResponse();
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

                MsgClaimExpiredJobResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgClaimExpiredJobResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgClaimExpiredJobResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgClaimExpiredJobResponse();
                };

                MsgClaimExpiredJobResponse.toObject = function () {
                    return {};
                };

                MsgClaimExpiredJobResponse.prototype.toJSON = function() {
                    return MsgClaimExpiredJobResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgClaimExpiredJobResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgClaimExpiredJobResponse";
                };

                return MsgClaimExpiredJobResponse;
            })();

            v1.MsgGiftRight = (function() {

                const MsgGiftRight = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgGiftRight.prototype.holder = "";

                MsgGiftRight.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgGiftRight.prototype.recipient = "";

                MsgGiftRight.create = function(properties) {
                    return new MsgGiftRight(properties);
                };

                MsgGiftRight.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder") && message.holder !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.holder);
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rightId);
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.recipient);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgGiftRight.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgGiftRight();
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
                                    message.holder = value;
                                else
                                    delete message.holder;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rightId = value;
                                else
                                    delete message.rightId;
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

                MsgGiftRight.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgGiftRight)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgGiftRight: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgGiftRight();
                    if (object.holder != null)
                        if (typeof object.holder !== "string" || object.holder.length)
                            message.holder = $String(object.holder);
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.recipient != null)
                        if (typeof object.recipient !== "string" || object.recipient.length)
                            message.recipient = $String(object.recipient);
                    return message;
                };

                MsgGiftRight.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.holder = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.recipient = "";
                    }
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder"))
                        object.holder = message.holder;
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                        object.recipient = message.recipient;
                    return object;
                };

                MsgGiftRight.prototype.toJSON = function() {
                    return MsgGiftRight.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgGiftRight.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgGiftRight";
                };

                return MsgGiftRight;
            })();

            v1.MsgGiftRightResponse = (function() {

                const MsgGiftRightResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgGiftRightResponse.create = function(properties) {
                    return new MsgGiftRightResponse(properties);
                };

                MsgGiftRightResponse.encode = function (message, writer, _depth) {
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

                MsgGiftRightResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgGiftRightResponse();
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

                MsgGiftRightResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgGiftRightResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgGiftRightResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgGiftRightResponse();
                };

                MsgGiftRightResponse.toObject = function () {
                    return {};
                };

                MsgGiftRightResponse.prototype.toJSON = function() {
                    return MsgGiftRightResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgGiftRightResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgGiftRightResponse";
                };

                return MsgGiftRightResponse;
            })();

            v1.MsgListRight = (function() {

                const MsgListRight = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgListRight.prototype.holder = "";

                MsgListRight.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgListRight.prototype.price = null;

                MsgListRight.create = function(properties) {
                    return new MsgListRight(properties);
                };

                MsgListRight.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder") && message.holder !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.holder);
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rightId);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.price, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgListRight.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgListRight();
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
                                    message.holder = value;
                                else
                                    delete message.holder;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.price = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.price);
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

                MsgListRight.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgListRight)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgListRight: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgListRight();
                    if (object.holder != null)
                        if (typeof object.holder !== "string" || object.holder.length)
                            message.holder = $String(object.holder);
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.price != null) {
                        if (!$util.isObject(object.price))
                            throw $TypeError(".datum.computeright.v1.MsgListRight.price: object expected");
                        message.price = $root.cosmos.base.v1beta1.Coin.fromObject(object.price, _depth + 1);
                    }
                    return message;
                };

                MsgListRight.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.holder = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.price = null;
                    }
                    if (message.holder != null && $Object.hasOwnProperty.call(message, "holder"))
                        object.holder = message.holder;
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = $root.cosmos.base.v1beta1.Coin.toObject(message.price, options, _depth + 1);
                    return object;
                };

                MsgListRight.prototype.toJSON = function() {
                    return MsgListRight.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgListRight.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgListRight";
                };

                return MsgListRight;
            })();

            v1.MsgListRightResponse = (function() {

                const MsgListRightResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgListRightResponse.create = function(properties) {
                    return new MsgListRightResponse(properties);
                };

                MsgListRightResponse.encode = function (message, writer, _depth) {
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

                MsgListRightResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgListRightResponse();
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

                MsgListRightResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgListRightResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgListRightResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgListRightResponse();
                };

                MsgListRightResponse.toObject = function () {
                    return {};
                };

                MsgListRightResponse.prototype.toJSON = function() {
                    return MsgListRightResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgListRightResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgListRightResponse";
                };

                return MsgListRightResponse;
            })();

            v1.MsgBuyListedRight = (function() {

                const MsgBuyListedRight = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgBuyListedRight.prototype.buyer = "";

                MsgBuyListedRight.prototype.rightId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                MsgBuyListedRight.prototype.maxPrice = null;

                MsgBuyListedRight.create = function(properties) {
                    return new MsgBuyListedRight(properties);
                };

                MsgBuyListedRight.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer") && message.buyer !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.buyer);
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId") && (typeof message.rightId === "object" ? message.rightId.low || message.rightId.high : message.rightId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rightId);
                    if (message.maxPrice != null && $Object.hasOwnProperty.call(message, "maxPrice"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.maxPrice, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                MsgBuyListedRight.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgBuyListedRight();
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
                                    message.buyer = value;
                                else
                                    delete message.buyer;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rightId = value;
                                else
                                    delete message.rightId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.maxPrice = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.size(), $undefined, _depth + 1, message.maxPrice);
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

                MsgBuyListedRight.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgBuyListedRight)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgBuyListedRight: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.datum.computeright.v1.MsgBuyListedRight();
                    if (object.buyer != null)
                        if (typeof object.buyer !== "string" || object.buyer.length)
                            message.buyer = $String(object.buyer);
                    if (object.rightId != null)
                        if (typeof object.rightId === "object" ? object.rightId.low || object.rightId.high : $Number(object.rightId) !== 0)
                            if ($util.Long)
                                message.rightId = $util.Long.fromValue(object.rightId, true);
                            else if (typeof object.rightId === "string")
                                message.rightId = $parseInt(object.rightId, 10);
                            else if (typeof object.rightId === "number")
                                message.rightId = object.rightId;
                            else if (typeof object.rightId === "object")
                                message.rightId = new $util.LongBits(object.rightId.low >>> 0, object.rightId.high >>> 0).toNumber(true);
                    if (object.maxPrice != null) {
                        if (!$util.isObject(object.maxPrice))
                            throw $TypeError(".datum.computeright.v1.MsgBuyListedRight.maxPrice: object expected");
                        message.maxPrice = $root.cosmos.base.v1beta1.Coin.fromObject(object.maxPrice, _depth + 1);
                    }
                    return message;
                };

                MsgBuyListedRight.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.buyer = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rightId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rightId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxPrice = null;
                    }
                    if (message.buyer != null && $Object.hasOwnProperty.call(message, "buyer"))
                        object.buyer = message.buyer;
                    if (message.rightId != null && $Object.hasOwnProperty.call(message, "rightId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rightId = typeof message.rightId === "number" ? $BigInt(message.rightId) : $util.Long.fromBits(message.rightId.low >>> 0, message.rightId.high >>> 0, true).toBigInt();
                        else if (typeof message.rightId === "number")
                            object.rightId = options.longs === $String ? $String(message.rightId) : message.rightId;
                        else
                            object.rightId = options.longs === $String ? $util.Long.prototype.toString.call(message.rightId) : options.longs === $Number ? new $util.LongBits(message.rightId.low >>> 0, message.rightId.high >>> 0).toNumber(true) : message.rightId;
                    if (message.maxPrice != null && $Object.hasOwnProperty.call(message, "maxPrice"))
                        object.maxPrice = $root.cosmos.base.v1beta1.Coin.toObject(message.maxPrice, options, _depth + 1);
                    return object;
                };

                MsgBuyListedRight.prototype.toJSON = function() {
                    return MsgBuyListedRight.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgBuyListedRight.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgBuyListedRight";
                };

                return MsgBuyListedRight;
            })();

            v1.MsgBuyListedRightResponse = (function() {

                const MsgBuyListedRightResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                MsgBuyListedRightResponse.create = function(properties) {
                    return new MsgBuyListedRightResponse(properties);
                };

                MsgBuyListedRightResponse.encode = function (message, writer, _depth) {
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

                MsgBuyListedRightResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.datum.computeright.v1.MsgBuyListedRightResponse();
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

                MsgBuyListedRightResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.datum.computeright.v1.MsgBuyListedRightResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".datum.computeright.v1.MsgBuyListedRightResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.datum.computeright.v1.MsgBuyListedRightResponse();
                };

                MsgBuyListedRightResponse.toObject = function () {
                    return {};
                };

                MsgBuyListedRightResponse.prototype.toJSON = function() {
                    return MsgBuyListedRightResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                MsgBuyListedRightResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/datum.computeright.v1.MsgBuyListedRightResponse";
                };

                return MsgBuyListedRightResponse;
            })();

            return v1;
        })();

        return computeright;
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
