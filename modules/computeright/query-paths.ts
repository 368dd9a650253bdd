// The Query service name; methods are `/${QUERY_SERVICE}/<Method>` as gRPC and abci_query paths.
export const QUERY_SERVICE = 'datum.computeright.v1.Query'
