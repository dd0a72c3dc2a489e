/**
 * The service's API as TypeScript types, generated from its OpenAPI document by `npm run api:generate`
 * (web/tools/generate-api.ts). Do not edit: test/web-api-drift.int-spec.ts fails when this file no longer
 * matches what the service serves at /api/docs-json.
 */
export interface paths {
  '/api/v1/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['ApprovalsController_list'];
    put?: never;
    /** @description Roles: admin, manager, operator, sales, accounts. */
    post: operations['ApprovalsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['ApprovalsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, manager. */
    post: operations['ApprovalsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, manager. */
    post: operations['ApprovalsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/pending-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager. */
    get: operations['ApprovalsController_pendingCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachment-kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['AttachmentsController_kinds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['AttachmentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin, manager, operator, sales. */
    patch: operations['AttachmentsController_update'];
    trace?: never;
  };
  '/api/v1/attachments/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['AttachmentsController_content'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, manager, operator, sales. */
    post: operations['AttachmentsController_remove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager. */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    patch: operations['AuthController_updateMe'];
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['BoardController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/carrier-payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, accounts. */
    get: operations['BillingController_listCarrierPayments'];
    put?: never;
    /** @description Roles: admin, accounts. */
    post: operations['BillingController_recordCarrierPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/carriers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['CarriersController_list'];
    put?: never;
    /** @description Roles: admin, manager, operator. */
    post: operations['CarriersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/carriers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['CarriersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin, manager, operator. */
    patch: operations['CarriersController_update'];
    trace?: never;
  };
  '/api/v1/charges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin, operator, accounts, manager. */
    patch: operations['ChargesController_update'];
    trace?: never;
  };
  '/api/v1/charges/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, operator, accounts, manager. */
    post: operations['ChargesController_void'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['ClientsController_list'];
    put?: never;
    /** @description Roles: admin, manager, sales. */
    post: operations['ClientsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['ClientsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin, manager, sales. */
    patch: operations['ClientsController_update'];
    trace?: never;
  };
  '/api/v1/clients/{id}/credit-position': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, accounts, sales. */
    get: operations['ReleasePositionController_creditPosition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['DocumentsController_clientDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{id}/fx-terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['BillingController_getFxTerms'];
    /** @description Roles: admin, manager, accounts. */
    put: operations['BillingController_putFxTerms'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{id}/statement/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, accounts, sales, client. */
    get: operations['DocumentsController_statement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/debit-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['BillingController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/debit-notes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['BillingController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin, accounts. */
    patch: operations['BillingController_update'];
    trace?: never;
  };
  '/api/v1/debit-notes/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, accounts. */
    post: operations['BillingController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/debit-notes/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['DocumentsController_debitNote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/debit-notes/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, accounts. */
    post: operations['BillingController_void'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/debit-notes/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, accounts. */
    post: operations['BillingController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['DocumentsController_storedDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/emails': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['EmailsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fee-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['FeeRulesController_list'];
    put?: never;
    /** @description Roles: admin, manager. */
    post: operations['FeeRulesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/fee-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['FeeRulesController_get'];
    put?: never;
    post?: never;
    /** @description Roles: admin, manager. */
    delete: operations['FeeRulesController_remove'];
    options?: never;
    head?: never;
    /** @description Roles: admin, manager. */
    patch: operations['FeeRulesController_update'];
    trace?: never;
  };
  '/api/v1/floor-prices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['FloorPricesController_list'];
    put?: never;
    /** @description Roles: admin, manager. */
    post: operations['FloorPricesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/floor-prices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['FloorPricesController_get'];
    put?: never;
    post?: never;
    /** @description Roles: admin, manager. */
    delete: operations['FloorPricesController_remove'];
    options?: never;
    head?: never;
    /** @description Roles: admin, manager. */
    patch: operations['FloorPricesController_update'];
    trace?: never;
  };
  '/api/v1/paper-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['PapersController_rules'];
    put?: never;
    /** @description Roles: admin, manager. */
    post: operations['PapersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/paper-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Roles: admin, manager. */
    put: operations['PapersController_update'];
    post?: never;
    /** @description Roles: admin, manager. */
    delete: operations['PapersController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payables/aging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, accounts. */
    get: operations['BillingController_payablesAging'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['BillingController_listPayments'];
    put?: never;
    /** @description Roles: admin, accounts. */
    post: operations['BillingController_recordPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['BillingController_getPayment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/receivables/aging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, accounts, sales. */
    get: operations['BillingController_aging'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['ShipmentsController_list'];
    put?: never;
    /** @description Roles: admin, operator, sales. */
    post: operations['ShipmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['ShipmentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit what the stage still allows: commodity and POD until the SI, agreed rate until a debit note, carrier before space is requested, remarks, planned containers added or removed, the B/L number until released, the operator (each change an event with before → after; the client is re-sent its confirmation when what it confirmed changes)
     * @description Roles: admin, operator, manager.
     */
    patch: operations['ShipmentsController_update'];
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/approve-bl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the client's or the carrier's approval of the B/L draft; both → bl_checked
     * @description Roles: admin, operator, client.
     */
    post: operations['ShipmentsController_approveBl'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel the shipment → cancelled (not once customs released, nor with an issued debit note)
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/clear-inspection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The inspection is done: inspection → cleared
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_clearInspection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/confirm-booking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the booking with the client → booking_confirmed
     * @description Roles: admin, operator, sales.
     */
    post: operations['ShipmentsController_confirmBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/declare-customs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customs declared → customs_declared
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_declareCustoms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/flag-inspection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customs selected the cargo for inspection: inspection → pending
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_flagInspection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/release-bl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release the B/L (original, telex or sea waybill) → released
     * @description Roles: admin, accounts.
     */
    post: operations['ShipmentsController_releaseBl'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/release-customs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customs released the cargo → customs_released (422 while an inspection is pending)
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_releaseCustoms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/release-so': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The carrier released the S/O → so_released
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_releaseSo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/request-space': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request space from the carrier → space_requested
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_requestSpace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/roll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Roll the cargo to another vessel until the B/L is released (old and new voyage recorded); once the SI is in, the B/L approvals are cleared and a shipment past si_submitted goes back to it
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_roll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/shut-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Shut out the cargo after customs release (退关) → cancelled: reason and customs withdrawal reference recorded (not with an issued debit note)
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_shutOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/actions/submit-si': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit shipping instructions → si_submitted, a new revision; approvals cleared
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_submitSi'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['AttachmentsController_list'];
    put?: never;
    /** @description Roles: admin, manager, operator, sales. */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/attachments/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, manager, operator, sales. */
    post: operations['AttachmentsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/bl-draft/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['DocumentsController_blDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/booking-confirmation/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['DocumentsController_bookingConfirmation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/charges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['ChargesController_list'];
    put?: never;
    /** @description Roles: admin, operator, accounts, manager. */
    post: operations['ChargesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/containers/{containerId}/actions/gate-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Laden container gated in at the terminal
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_gateIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/containers/{containerId}/actions/pickup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Empty container picked up: container and seal numbers (ISO 6346 checked)
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_pickup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/containers/{containerId}/actions/stuff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Container stuffed at the factory
     * @description Roles: admin, operator.
     */
    post: operations['ShipmentsController_stuff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/debit-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['BillingController_listForShipment'];
    put?: never;
    /** @description Roles: admin, accounts. */
    post: operations['BillingController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/debit-notes/from-charges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Roles: admin, accounts, manager. */
    post: operations['ChargesController_draftFromCharges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['DocumentsController_shipmentDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/editable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which fields PATCH may change at this stage, and why the others are locked
     * @description Roles: admin, manager, operator, sales, accounts.
     */
    get: operations['ShipmentsController_editable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['ShipmentsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/next-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['ShipmentsController_nextActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/papers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['PapersController_checklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/profit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['BillingController_profit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/release-position': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts. */
    get: operations['ReleasePositionController_releasePosition'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, manager, operator, sales, accounts, client. */
    get: operations['StreamController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin. */
    get: operations['UsersController_list'];
    put?: never;
    /** @description Roles: admin. */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin. */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Roles: admin. */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AgingReportDto: {
      /** @example 2026-11-30 */
      asOf: string;
      /** @example CNY */
      baseCurrency: string;
      items: components['schemas']['AgingRowDto'][];
    };
    AgingRowDto: {
      clientCode: string;
      /** Format: uuid */
      clientId: string;
      clientName: string;
      /** @description Not yet due */
      current: components['schemas']['MoneyDto'];
      /** @description 1-30 days overdue */
      d1_30: components['schemas']['MoneyDto'];
      /** @description 31-60 days overdue */
      d31_60: components['schemas']['MoneyDto'];
      /** @description 61-90 days overdue */
      d61_90: components['schemas']['MoneyDto'];
      /** @description More than 90 days overdue */
      d90_plus: components['schemas']['MoneyDto'];
      oldestIssueDate: string | null;
      /** @description An open receivable was issued more than three months before asOf */
      statementRequired: boolean;
      total: components['schemas']['MoneyDto'];
    };
    AllocationDto: {
      amount: components['schemas']['MoneyDto'];
      /** Format: uuid */
      debitNoteId: string;
    };
    ApprovalDto: {
      /** @description below_floor_price: the rate when asked and the floor it was under */
      belowFloor: components['schemas']['BelowFloorDto'] | null;
      /** @description The client's code */
      clientCode: string | null;
      /** Format: uuid */
      clientId: string | null;
      /** @description The client's name */
      clientName: string | null;
      createdAt: string;
      /** @description credit_terms: the terms asked for (applied to the client when approved) */
      creditTerms: components['schemas']['CreditTermsDto'] | null;
      decidedAt: string | null;
      decidedBy: components['schemas']['ApprovalPersonDto'] | null;
      decisionNote: string | null;
      /** Format: uuid */
      id: string;
      reason: string;
      requestedBy: components['schemas']['ApprovalPersonDto'];
      /** Format: uuid */
      shipmentId: string | null;
      /** @description The shipment's reference (SE2611-0001) */
      shipmentReference: string | null;
      /**
       * @description pending, approved or rejected
       * @enum {string}
       */
      status: 'pending' | 'approved' | 'rejected';
      /** @enum {string} */
      type: 'release_before_payment' | 'void_after_release' | 'credit_terms' | 'below_floor_price' | 'other';
    };
    ApprovalPageDto: {
      items: components['schemas']['ApprovalDto'][];
      nextCursor: string | null;
    };
    ApprovalPersonDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ApproveBlDto: {
      /**
       * Format: uuid
       * @description The carrier's side: the carrier's own B/L draft checked, an attachment of kind carrier_bl_draft on this shipment, not removed (400 otherwise). Without it the only live carrier_bl_draft is recorded, if there is exactly one; the event records its id, SHA-256 and file name (staff only)
       */
      attachmentId?: string;
      /**
       * @description The carrier's B/L number, given with the carrier's approval (party carrier only); trimmed and upper-cased
       * @example COSU6284519370
       */
      blNumber?: string;
      /**
       * Format: uuid
       * @description The client's side: the B/L draft document approved (GET /shipments/:id/documents, kind bl_draft). When given it must be the latest draft sent (409 BL_DRAFT_SUPERSEDED otherwise); the approval records the latest draft's id and SHA-256 either way
       */
      documentId?: string;
      /** @enum {string} */
      party: 'client' | 'carrier';
      /**
       * @description The SI revision approved
       * @example 1
       */
      revision: number;
    };
    AttachmentDto: {
      clientVisible: boolean;
      /** Format: uuid */
      containerId: string | null;
      /**
       * @description Decided from the content
       * @example application/pdf
       */
      contentType: string;
      /** @description Where to read the content (GET, the same scope) */
      contentUrl: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Null for a client user */
      createdBy: components['schemas']['AttachmentPersonDto'] | null;
      /** @example 装箱单.pdf */
      filename: string;
      /** Format: uuid */
      id: string;
      /** @example packing_list */
      kind: string;
      /** @description Staff's note (null for a client user) */
      note: string | null;
      /** @description Whether a browser shows it inline (PDF, images): the console previews these */
      previewable: boolean;
      /** Format: date-time */
      removedAt: string | null;
      removedBy: components['schemas']['AttachmentPersonDto'] | null;
      removeReason: string | null;
      /** @description SHA-256 of the content, hex */
      sha256: string;
      /** Format: uuid */
      shipmentId: string;
      /** @description Bytes */
      size: number;
      /** @description Also sent as the ETag header; send it back in If-Match */
      version: number;
    };
    AttachmentKindDto: {
      /** @example packing_list */
      code: string;
      /** @example Packing list */
      nameEn: string;
      /** @example 装箱单 */
      nameZh: string;
    };
    AttachmentKindListDto: {
      items: components['schemas']['AttachmentKindDto'][];
    };
    AttachmentListDto: {
      /** @description Oldest first */
      items: components['schemas']['AttachmentDto'][];
    };
    AttachmentPersonDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    AuditActorDto: {
      /** Format: uuid */
      id: string;
      name: string | null;
    };
    AuditRecordDto: {
      /** @example updated */
      action: string;
      /** @description Who did it; null for work the system did by itself */
      actor: components['schemas']['AuditActorDto'] | null;
      /** Format: date-time */
      at: string;
      /** @description For `created`: the new record. Otherwise `{ field: { from, to } }` for the fields changed. */
      changes: {
        [key: string]: unknown;
      };
      /** @description The correlation id of the request */
      correlationId: string | null;
      /** Format: uuid */
      entityId: string;
      /** @example client */
      entityType: string;
      /** @description Increasing with time: a later record has a larger id */
      id: string;
    };
    AuditRecordPageDto: {
      items: components['schemas']['AuditRecordDto'][];
      nextCursor: string | null;
    };
    BelowFloorDto: {
      /** @description The (highest) floor it was under */
      floor: components['schemas']['FloorContextDto'];
      /** @description The booking's agreed rate when asked */
      rate: components['schemas']['MoneyDto'];
    };
    BillPartyDto: {
      /** @example BRIGHT-SZ */
      code: string;
      /** @example Bright Furniture Co. */
      name: string;
      /** @example 深圳明亮家具有限公司 */
      nameLocal: string | null;
    };
    BlApprovalsDto: {
      /** @description SI revision the carrier approved */
      carrier: number | null;
      /** @description SI revision the client approved */
      client: number | null;
    };
    BoardCardDto: {
      carrier: components['schemas']['BoardPartyDto'] | null;
      client: components['schemas']['BoardPartyDto'];
      /** @description Containers planned on the booking */
      containers: number;
      /** @description Of them, through the terminal gate */
      containersGatedIn: number;
      /** Format: date-time */
      cutoffCustoms: string | null;
      /** Format: date-time */
      cutoffCy: string | null;
      /** Format: date-time */
      cutoffSi: string | null;
      /** Format: date-time */
      etd: string | null;
      flags: (
        | 'cy_cutoff_soon'
        | 'cy_cutoff_passed'
        | 'si_cutoff_soon'
        | 'si_cutoff_passed'
        | 'customs_cutoff_passed'
        | 'inspection'
        | 'rolled'
        | 'awaiting_client_bl_approval'
        | 'awaiting_carrier_bl_approval'
      )[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      inspection: 'none' | 'pending' | 'cleared';
      /** @description How many papers the next step lacks (the papers checklist, docs/papers.md; 0 when none) */
      missingPapers: number;
      /**
       * @description The stage's own next step (null: billing moves it on)
       * @enum {string|null}
       */
      nextAction:
        | 'confirm-booking'
        | 'request-space'
        | 'release-so'
        | 'pickup'
        | 'stuff'
        | 'gate-in'
        | 'declare-customs'
        | 'flag-inspection'
        | 'clear-inspection'
        | 'release-customs'
        | 'submit-si'
        | 'approve-bl'
        | 'release-bl'
        | 'roll'
        | 'cancel'
        | 'shut-out'
        | null;
      /** Format: uuid */
      operatorId: string | null;
      /** @example DEHAM */
      pod: string;
      /** @example CNSZX */
      pol: string;
      reference: string;
      soNumber: string | null;
      /** @enum {string} */
      status:
        | 'booking'
        | 'booking_confirmed'
        | 'space_requested'
        | 'so_released'
        | 'picked_up'
        | 'stuffed'
        | 'gated_in'
        | 'customs_declared'
        | 'customs_released'
        | 'si_submitted'
        | 'bl_checked'
        | 'debit_noted'
        | 'paid'
        | 'released'
        | 'cancelled';
      /** Format: date-time */
      updatedAt: string;
      version: number;
      vessel: string | null;
      voyage: string | null;
    };
    BoardColumnDto: {
      /** @description Every active shipment at this stage the caller may see */
      count: number;
      /** @description The first perStatus, earliest CY cut-off first */
      items: components['schemas']['BoardCardDto'][];
      /** @enum {string} */
      status:
        | 'booking'
        | 'booking_confirmed'
        | 'space_requested'
        | 'so_released'
        | 'picked_up'
        | 'stuffed'
        | 'gated_in'
        | 'customs_declared'
        | 'customs_released'
        | 'si_submitted'
        | 'bl_checked'
        | 'debit_noted'
        | 'paid'
        | 'released'
        | 'cancelled';
    };
    BoardDto: {
      /**
       * Format: date-time
       * @description When the flags were worked out
       */
      at: string;
      /** @description Shipments with a cut-off soon or passed and its work not done, or held for inspection: the most urgent 100 */
      attention: components['schemas']['BoardCardDto'][];
      /** @description Every active stage, in the flow order */
      columns: components['schemas']['BoardColumnDto'][];
      /** @description How many hours before a cut-off the board calls it soon */
      cutoffWarningHours: number;
    };
    BoardPartyDto: {
      code: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    CancelDto: {
      reason: string;
    };
    CarrierDto: {
      /** @example MSC */
      code: string;
      /** Format: date-time */
      createdAt: string;
      emails: string[];
      /** Format: uuid */
      id: string;
      name: string;
      requiresDocPrint: boolean;
      /** Format: date-time */
      updatedAt: string;
      /** @description Also sent as the ETag header; send it back in If-Match */
      version: number;
    };
    CarrierPageDto: {
      items: components['schemas']['CarrierDto'][];
      nextCursor: string | null;
    };
    CarrierPaymentAllocationDto: {
      amount: components['schemas']['MoneyDto'];
      /** @description The carrier's invoice number */
      carrierNumber: string | null;
      /** Format: uuid */
      debitNoteId: string;
    };
    CarrierPaymentDto: {
      allocations: components['schemas']['CarrierPaymentAllocationDto'][];
      amount: components['schemas']['MoneyDto'];
      carrier: components['schemas']['BillPartyDto'] | null;
      /** Format: uuid */
      carrierId: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      paidAt: string;
      reference: string;
      /** @description What was not allocated to a bill */
      unallocated: components['schemas']['MoneyDto'];
    };
    CarrierPaymentPageDto: {
      items: components['schemas']['CarrierPaymentDto'][];
      nextCursor: string | null;
    };
    ChangePasswordDto: {
      /** @description The password the caller has now */
      currentPassword: string;
      /** @description The new password: 10-200 characters with at least one letter and one digit */
      newPassword: string;
    };
    ChargeDto: {
      /** Format: uuid */
      carrierId: string | null;
      carrierName: string | null;
      /** Format: uuid */
      containerId: string | null;
      /** @example MSKU1234565 */
      containerNumber: string | null;
      cost: components['schemas']['MoneyDto'];
      createdAt: string;
      description: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'doc_print' | 'lift' | 'heavy_select' | 'empty_return' | 'inspection' | 'other';
      /** @description The payable note it is on */
      payableNote: components['schemas']['ChargeNoteDto'] | null;
      rebillable: boolean;
      /** @description The receivable draft or note it is on (a void note frees it: null) */
      receivableNote: components['schemas']['ChargeNoteDto'] | null;
      /** Format: uuid */
      ruleId: string | null;
      /** Format: uuid */
      shipmentId: string;
      /** @enum {string} */
      source: 'rule' | 'manual' | 'inspection';
      voidedAt: string | null;
      voidReason: string | null;
    };
    ChargeNoteDto: {
      /** Format: uuid */
      id: string;
      number: string | null;
      /** @example draft */
      status: string;
    };
    ChecklistAttachmentDto: {
      /** Format: date-time */
      createdAt: string;
      filename: string;
      /** Format: uuid */
      id: string;
    };
    ChecklistDto: {
      /** @description In the order of the flow */
      items: components['schemas']['ChecklistItemDto'][];
    };
    ChecklistItemDto: {
      /** @enum {string} */
      action:
        | 'confirm-booking'
        | 'request-space'
        | 'release-so'
        | 'pickup'
        | 'stuff'
        | 'gate-in'
        | 'declare-customs'
        | 'release-customs'
        | 'submit-si'
        | 'approve-bl'
        | 'release-bl';
      /** @description The attachments of that kind (not removed) */
      attachments: components['schemas']['ChecklistAttachmentDto'][];
      /**
       * Format: date-time
       * @description The cut-off the paper is due by (CY, SI or customs), when the shipment has one
       */
      dueBy?: string | null;
      /** @example packing_list */
      kind: string;
      /**
       * Format: uuid
       * @description The rule that applies (a default or an override)
       */
      ruleId: string;
      /** @enum {string} */
      severity: 'blocking' | 'warning';
      /**
       * @description late: missing, its action not yet taken and the cut-off it is due by passed
       * @enum {string}
       */
      status: 'uploaded' | 'missing' | 'late';
      /** @description Whether the shipment has taken the step the paper gates */
      stepTaken: boolean;
    };
    ClearInspectionDto: {
      note?: string;
    };
    ClientDto: {
      address: string | null;
      /** @example BRIGHT-SZ */
      code: string;
      /** Format: date-time */
      createdAt: string;
      creditDays: number | null;
      creditLimit: components['schemas']['MoneyDto'] | null;
      emails: string[];
      /** @enum {string} */
      grade: 'a' | 'b' | 'c';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'zh' | 'en';
      name: string;
      nameLocal: string | null;
      /** @enum {string} */
      paymentTerms: 'prepaid' | 'collect' | 'monthly';
      /** Format: uuid */
      salesUserId: string | null;
      /** @description Unified social credit code (统一社会信用代码) */
      taxId: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Also sent as the ETag header; send it back in If-Match */
      version: number;
    };
    ClientPageDto: {
      items: components['schemas']['ClientDto'][];
      nextCursor: string | null;
    };
    ContainerChangesDto: {
      /** @description Containers to add (planned) */
      add?: components['schemas']['ContainerRequestDto'][];
      /** @description Containers to remove, by id: each must still be planned */
      remove?: string[];
    };
    ContainerDto: {
      containerNumber: string | null;
      gatedInAt: string | null;
      grossWeightKg: string | null;
      /** Format: uuid */
      id: string;
      packages: number | null;
      pickedUpAt: string | null;
      sealNumber: string | null;
      seq: number;
      /** @enum {string} */
      status: 'planned' | 'picked_up' | 'stuffed' | 'gated_in';
      stuffedAt: string | null;
      terminal: string | null;
      /**
       * @description ISO 6346 size-type code
       * @example 45G1
       */
      type: string;
      /** @example 40HC */
      typeLabel: string;
      vgmKg: string | null;
    };
    ContainerRequestDto: {
      /** @example 2 */
      quantity: number;
      /**
       * @description ISO 6346 size-type code (45G1) or the usual alias (40HC); stored as the ISO code
       * @example 40HC
       */
      type: string;
    };
    CookieSessionDto: {
      /** @description Seconds until the session (its token, and the cookie) expires */
      expiresIn: number;
      /** @enum {string} */
      session: 'cookie';
    };
    CreateCarrierDto: {
      /**
       * @description code must be 2-20 characters of A-Z, 0-9 and -; stored upper-case; unique
       * @example MSC
       */
      code: string;
      /**
       * @description 0-10 addresses; lower-cased, duplicates dropped
       * @example [
       *       "booking.cn@msc.example"
       *     ]
       */
      emails?: string[];
      /** @example Mediterranean Shipping Company */
      name: string;
      /** @description Whether the trucker must have documents printed at the depot (打单) before picking up the empty container (MSC: false) */
      requiresDocPrint: boolean;
    };
    CreateCarrierPaymentDto: {
      /** @description The carrier's recorded payable notes paid, in the payment's currency */
      allocations: components['schemas']['AllocationDto'][];
      amount: components['schemas']['MoneyDto'];
      /** Format: uuid */
      carrierId: string;
      /**
       * @description When the money left our account
       * @example 2026-11-26T10:15:00+08:00
       */
      paidAt: string;
      /**
       * @description The bank's reference of the transfer
       * @example BOC-OUT-20261126-0007
       */
      reference: string;
    };
    CreateChargeDto: {
      /**
       * Format: uuid
       * @description The carrier who bills us for it (goes on its payable draft); null: not a carrier
       */
      carrierId?: string | null;
      /**
       * Format: uuid
       * @description A container of the shipment
       */
      containerId?: string | null;
      /** @description What it costs us */
      cost: components['schemas']['MoneyDto'];
      /**
       * @description Default: the kind's name
       * @example Overtime at the depot
       */
      description?: string;
      /**
       * @example other
       * @enum {string}
       */
      kind: 'doc_print' | 'lift' | 'heavy_select' | 'empty_return' | 'inspection' | 'other';
      /**
       * @description Billed on to the client
       * @default true
       */
      rebillable: boolean;
    };
    CreateClientDto: {
      address?: string;
      /**
       * @description code must be 2-20 characters of A-Z, 0-9 and -; stored upper-case; unique
       * @example BRIGHT-SZ
       */
      code: string;
      /** @description Required for collect and monthly; manager or admin */
      creditDays?: number;
      /** @description Required for collect and monthly; manager or admin */
      creditLimit?: components['schemas']['MoneyDto'];
      /**
       * @description 1-10 addresses; lower-cased, duplicates dropped
       * @example [
       *       "shipping@bright-lamps.example"
       *     ]
       */
      emails: string[];
      /**
       * @description Follow-up grade: A-clients get a dedicated team
       * @enum {string}
       */
      grade: 'a' | 'b' | 'c';
      /**
       * @description E-mails to the client are in it
       * @default zh
       * @enum {string}
       */
      language: 'zh' | 'en';
      /** @example Shenzhen Bright Lamps Co., Ltd. */
      name: string;
      /**
       * @description The name in the client’s own script
       * @example 深圳明亮灯饰有限公司
       */
      nameLocal?: string;
      /**
       * @description Only a manager or admin may set anything but prepaid: cash first
       * @enum {string}
       */
      paymentTerms: 'prepaid' | 'collect' | 'monthly';
      /**
       * Format: uuid
       * @description An active user whose role is sales or manager
       */
      salesUserId?: string;
      /**
       * @description Unified social credit code (统一社会信用代码): 18 characters, its check character verified (GB 32100-2015); spaces and full-width characters are folded
       * @example 9144030071526726XG
       */
      taxId?: string;
    };
    CreateDebitNoteDto: {
      /** @description The carrier's own number (payable notes) */
      carrierNumber?: string;
      /**
       * @description The settlement currency of the note
       * @enum {string}
       */
      currency: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /** @enum {string} */
      direction: 'receivable' | 'payable';
      /**
       * @description Default: issue date + the client's credit days
       * @example 2026-12-26
       */
      dueDate?: string;
      /** @description Rates into the note's currency (and into the base currency) */
      fxRates?: components['schemas']['FxRateDto'][];
      lines: components['schemas']['DebitNoteLineInputDto'][];
      /**
       * Format: uuid
       * @description The client (receivable) or the carrier (payable)
       */
      partyId: string;
      remarks?: string;
    };
    CreateFeeRuleDto: {
      /** @description Per container; 0 says there is no such fee here */
      amount: components['schemas']['MoneyDto'];
      /**
       * Format: uuid
       * @description Null or left out: any carrier
       */
      carrierId?: string | null;
      /**
       * @description ISO 6346 size-type code or alias, stored as the ISO code; null or left out: any type
       * @example 40HC
       */
      containerType?: string | null;
      /**
       * @example doc_print
       * @enum {string}
       */
      kind: 'doc_print' | 'lift' | 'heavy_select' | 'empty_return' | 'inspection';
      /**
       * @description Whether the charge is billed on to the client by default
       * @default true
       */
      rebillable: boolean;
      /**
       * @description Null or left out: any terminal; compared without regard to case (stored upper case)
       * @example YICT
       */
      terminal?: string | null;
    };
    CreateFloorPriceDto: {
      /**
       * @description ISO 6346 size-type code or alias; stored as the ISO code
       * @example 40HC
       */
      containerType: string;
      /**
       * @description Port of discharge (UN/LOCODE), or `*` for any
       * @example USLAX
       */
      pod: string;
      /**
       * @description Port of loading (UN/LOCODE)
       * @example CNYTN
       */
      pol: string;
      /** @description The floor, per container; a rate in another currency meets none */
      price: components['schemas']['MoneyDto'];
    };
    CreatePaperRuleDto: {
      /**
       * @description The action it gates
       * @example declare-customs
       * @enum {string}
       */
      action:
        | 'confirm-booking'
        | 'request-space'
        | 'release-so'
        | 'pickup'
        | 'stuff'
        | 'gate-in'
        | 'declare-customs'
        | 'release-customs'
        | 'submit-si'
        | 'approve-bl'
        | 'release-bl';
      /** Format: uuid */
      carrierId?: string;
      /** Format: uuid */
      clientId?: string;
      /**
       * @description A code from GET /attachment-kinds
       * @example packing_list
       */
      kind: string;
      /**
       * @description blocking refuses the action without it; warning only lists it; waived takes it off
       * @enum {string}
       */
      severity: 'blocking' | 'warning' | 'waived';
    };
    CreatePaymentDto: {
      allocations: components['schemas']['AllocationDto'][];
      amount: components['schemas']['MoneyDto'];
      /** Format: uuid */
      clientId: string;
      /** @example 2026-11-26T10:15:00+08:00 */
      receivedAt: string;
      /**
       * @description The bank's reference
       * @example BOC-20261126-0042
       */
      reference: string;
    };
    CreateShipmentDto: {
      agreedRate?: components['schemas']['MoneyDto'];
      /** Format: uuid */
      carrierId?: string;
      /** Format: uuid */
      clientId: string;
      /** @example Furniture (HS 9403) */
      commodity: string;
      containers: components['schemas']['ContainerRequestDto'][];
      /** @example 2026-12-05T18:00:00+08:00 */
      etd?: string;
      /** @enum {string} */
      freightTerm: 'prepaid' | 'collect';
      /** Format: uuid */
      operatorId?: string;
      /** @example USLAX */
      pod: string;
      /** @example CNYTN */
      pol: string;
      /** @example MSC OSCAR */
      vessel?: string;
      /** @example FE546W */
      voyage?: string;
    };
    CreateUserDto: {
      /**
       * Format: uuid
       * @description Required for, and only for, role client
       */
      clientId?: string;
      /**
       * @description a plain e-mail address (name@domain: no quotes, spaces, commas, angle brackets or control characters)
       * @example li.wei@forwarder.example
       */
      email: string;
      /**
       * @description The language the console shows them
       * @default zh
       * @enum {string}
       */
      language: 'zh' | 'en';
      /** @example Li Wei */
      name: string;
      /** @description password must be 10-200 characters with at least one letter and one digit */
      password: string;
      /**
       * @description a phone number such as +86 755 8888 1234 or 138 0013 8000 (ext. 12 allowed)
       * @example +86 755 8888 1234
       */
      phone?: string;
      /** @enum {string} */
      role: 'admin' | 'manager' | 'operator' | 'sales' | 'accounts' | 'client';
      /**
       * Format: uuid
       * @description The manager whose team this user is in
       */
      teamLeadId?: string;
    };
    CreditPositionDto: {
      /**
       * @description The business day the position is judged on
       * @example 2026-11-28
       */
      asOf: string;
      /** Format: uuid */
      clientId: string;
      creditDays: number | null;
      creditLimit: components['schemas']['MoneyDto'] | null;
      /** @description The open receivables (issued, unpaid part), in the base currency at each note’s frozen rate; one entry per currency */
      open: components['schemas']['MoneyDto'][];
      openNotes: number;
      /** @description The part of `open` past its due date, one entry per currency */
      overdue: components['schemas']['MoneyDto'][];
      overdueNotes: number;
      /** @description Whether the open receivables exceed the credit limit */
      overLimit: boolean;
      /** @enum {string} */
      paymentTerms: 'prepaid' | 'collect' | 'monthly';
    };
    CreditTermsDto: {
      creditDays: number | null;
      creditLimit: components['schemas']['MoneyDto'] | null;
      /** @enum {string} */
      paymentTerms: 'prepaid' | 'collect' | 'monthly';
    };
    CreditTermsRequestDto: {
      /** @description Required for collect and monthly */
      creditDays?: number | null;
      /** @description Required for collect and monthly; in the base currency */
      creditLimit?: components['schemas']['MoneyDto'] | null;
      /** @enum {string} */
      paymentTerms: 'prepaid' | 'collect' | 'monthly';
    };
    CutoffsDto: {
      /** @description Customs cut-off */
      customs?: string;
      /**
       * @description CY (container yard) cut-off
       * @example 2026-12-03T17:00:00+08:00
       */
      cy: string;
      /**
       * @description SI (shipping instructions) cut-off
       * @example 2026-12-02T12:00:00+08:00
       */
      si: string;
      /** @description VGM cut-off */
      vgm?: string;
    };
    DebitNoteDto: {
      balance: components['schemas']['MoneyDto'];
      carrierNumber: string | null;
      createdAt: string;
      /** @enum {string} */
      currency: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /** @enum {string} */
      direction: 'receivable' | 'payable';
      dueDate: string | null;
      fxRates: components['schemas']['FxRateDto'][];
      /** Format: uuid */
      id: string;
      issuedAt: string | null;
      issueDate: string | null;
      lines: components['schemas']['DebitNoteLineDto'][];
      /** @example DN-2026-000001 */
      number: string | null;
      paid: components['schemas']['MoneyDto'];
      /** @description The client (receivable) or carrier (payable) */
      party: components['schemas']['BillPartyDto'] | null;
      /** Format: uuid */
      partyId: string;
      remarks: string | null;
      /** Format: uuid */
      shipmentId: string;
      /** @example SE2611-0001 */
      shipmentReference: string | null;
      /** @enum {string} */
      status: 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
      total: components['schemas']['MoneyDto'];
      version: number;
      voidReason: string | null;
    };
    DebitNoteLineDto: {
      amount: components['schemas']['MoneyDto'];
      /** @description In the note's currency */
      converted: components['schemas']['MoneyDto'];
      description: string;
      /** @description amount × quantity, in the line currency */
      lineTotal: components['schemas']['MoneyDto'];
      /** @example 2 */
      quantity: string;
      /** @description The rate into the note's currency */
      rate: string | null;
      seq: number;
    };
    DebitNoteLineInputDto: {
      /** @description Unit amount, in any currency */
      amount: components['schemas']['MoneyDto'];
      /** @example Ocean freight CNYTN-USLAX 40HC */
      description: string;
      /**
       * @description Defaults to 1; a whole number or a decimal string (up to 3 decimals)
       * @example 2
       */
      quantity?: string;
    };
    DebitNotePageDto: {
      items: components['schemas']['DebitNoteDto'][];
      nextCursor: string | null;
    };
    DebitNotePreviewDto: {
      /** @enum {string} */
      currency: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /** @description The rates the note would freeze: those given, and the client's agreed ones filled in */
      fxRates: components['schemas']['FxRateDto'][];
      lines: components['schemas']['DebitNoteLineDto'][];
      total: components['schemas']['MoneyDto'];
    };
    DecideApprovalDto: {
      /** @description Why (recorded with the decision) */
      note?: string;
    };
    DeclareCustomsDto: {
      /** @example 531620261000123456 */
      declarationNumber: string;
    };
    DraftFromChargesDto: {
      /**
       * @description The drafts' currency. Default: the agreed rate's (receivable), else the first charge's; lines in others are priced at fxRates or the client's agreed rates
       * @enum {string}
       */
      currency?:
        'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /**
       * @description receivable: one draft for the client (agreed rate per container + re-billable charges); payable: one draft per carrier from the charges it bills
       * @enum {string}
       */
      direction: 'receivable' | 'payable';
      fxRates?: components['schemas']['FxRateDto'][];
    };
    EditableFieldDto: {
      editable: boolean;
      field: string;
      /** @description Why it is locked, in words an operator can act on */
      reason?: string;
    };
    EmailDto: {
      attachments: string[];
      attempts: number;
      createdAt: string;
      /** Format: uuid */
      id: string;
      lastError: string | null;
      messageId: string;
      /** @description Where answers go: the shipment's operator or the client's salesperson */
      replyTo: string | null;
      sentAt: string | null;
      /** Format: uuid */
      shipmentId: string | null;
      /**
       * @description pending includes one being sent right now
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      subject: string;
      template: string;
      to: string[];
    };
    EmailPageDto: {
      items: components['schemas']['EmailDto'][];
      nextCursor: string | null;
    };
    EmptyActionDto: Record<string, never>;
    /** @description What the code needs to be acted on; which keys appear depends on the code */
    ErrorDetails: {
      /** @description SHIPMENT_INVALID_TRANSITION, DEBIT_NOTE_INVALID_STATE: the action refused */
      action?: string;
      /** @description SHIPMENT_INVALID_TRANSITION: the actions possible from the current status */
      allowedActions?: string[];
      /** @description SI_REVISION_MISMATCH: the current SI revision */
      currentRevision?: number;
      /** @description PRECONDITION_FAILED: the version the record is at now */
      currentVersion?: number;
      /** @description VALIDATION_FAILED, INVALID_REFERENCE, CONFLICT on a unique value, …_OUT_OF_RANGE: every field at fault */
      fields?: components['schemas']['ErrorField'][];
      /** @description …_OUT_OF_RANGE: the limit broken (`max`, `min`, `reference` and `factor`, `earliest`, `latest`) */
      limit?: {
        [key: string]: unknown;
      };
      /** @description REQUIREMENTS_UNMET: what is missing, in words a person can act on */
      missing?: string[];
      /** @description RATE_LIMITED: also sent as `Retry-After` */
      retryAfterSeconds?: number;
      /** @description SI_REVISION_MISMATCH: the SI revision sent */
      revision?: number;
      /** @description The current status of the record, where a state refused the request */
      status?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Every error answer: clients switch on `code`, never on `message` (docs/api.md, "Errors") */
    ErrorEnvelope: {
      /**
       * @description The stable error code
       * @example SHIPMENT_INVALID_TRANSITION
       */
      code: string;
      /** @description Also in the `x-correlation-id` header; quote it when reporting a problem */
      correlationId: string;
      details?: components['schemas']['ErrorDetails'];
      /** @description For people; it may change */
      message: string;
      /**
       * @description The HTTP status, repeated
       * @example 409
       */
      statusCode: number;
    };
    ErrorField: {
      /**
       * @description The body field (dotted path, `lines[0].amount`), query parameter or header at fault
       * @example vessel
       */
      field: string;
      /** @example vessel must be a string */
      message: string;
    };
    EventActorDto: {
      /** Format: uuid */
      id: string | null;
      name: string;
    };
    FeeRuleDto: {
      /** @description Per container */
      amount: components['schemas']['MoneyDto'];
      /**
       * Format: uuid
       * @description Null: any carrier
       */
      carrierId: string | null;
      /**
       * @description Null: any type
       * @example 45G1
       */
      containerType: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'doc_print' | 'lift' | 'heavy_select' | 'empty_return' | 'inspection';
      rebillable: boolean;
      /**
       * @description Null: any terminal
       * @example YICT
       */
      terminal: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Also sent as the ETag header; send it back in If-Match */
      version: number;
    };
    FeeRulePageDto: {
      items: components['schemas']['FeeRuleDto'][];
      nextCursor: string | null;
    };
    FlagInspectionDto: {
      /** @description Inspection fee (e.g. 550 CNY at Yantian) */
      fee?: components['schemas']['MoneyDto'];
      note?: string;
    };
    FloorContextDto: {
      /** @example 45G1 */
      containerType: string;
      /** Format: uuid */
      id: string;
      /**
       * @description A UN/LOCODE, or `*`: any port of discharge
       * @example USLAX
       */
      pod: string;
      /** @example CNYTN */
      pol: string;
      price: components['schemas']['MoneyDto'];
    };
    FloorPriceDto: {
      /** @example 45G1 */
      containerType: string;
      /** Format: uuid */
      id: string;
      /**
       * @description A UN/LOCODE, or `*`: any port of discharge
       * @example USLAX
       */
      pod: string;
      /** @example CNYTN */
      pol: string;
      price: components['schemas']['MoneyDto'];
      /** Format: date-time */
      updatedAt: string;
      /** @description Also sent as the ETag header; send it back in If-Match */
      version: number;
    };
    FloorPricePageDto: {
      items: components['schemas']['FloorPriceDto'][];
      nextCursor: string | null;
    };
    FxRateDto: {
      /**
       * @description The date of the rate (YYYY-MM-DD)
       * @example 2026-11-26
       */
      date: string;
      /**
       * @example USD
       * @enum {string}
       */
      from: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /**
       * @description Units of `to` per unit of `from`; a decimal string, up to 10 decimals
       * @example 7.1234
       */
      rate: string;
      /**
       * @description Where the rate comes from
       * @example Bank of China 11:00 selling rate
       */
      source: string;
      /**
       * @example CNY
       * @enum {string}
       */
      to: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
    };
    FxTermDto: {
      /** @example 2026-11-01 */
      date?: string;
      /**
       * @example USD
       * @enum {string}
       */
      from: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /**
       * @description fixed: this rate on every note; per_note: a rate must be entered on each note
       * @enum {string}
       */
      mode: 'fixed' | 'per_note';
      /**
       * @description For fixed terms
       * @example 7.1000
       */
      rate?: string;
      /** @example Agreed with the client, contract 2026-031 */
      source?: string;
      /**
       * @example CNY
       * @enum {string}
       */
      to: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
    };
    FxTermsDto: {
      terms: components['schemas']['FxTermDto'][];
    };
    GateInDto: {
      at?: string;
      /** @example YICT */
      terminal?: string;
    };
    HealthDto: {
      /** @enum {string} */
      database: 'pglite' | 'postgres';
      /** @enum {string} */
      status: 'ok';
    };
    LoginDto: {
      /**
       * @description a plain e-mail address (name@domain: no quotes, spaces, commas, angle brackets or control characters)
       * @example admin@quayside.local
       */
      email: string;
      password: string;
      /**
       * @description `cookie`: the token is set in an HttpOnly session cookie instead of the body (the console); `bearer` (the default): it is in the body, for an Authorization header
       * @default bearer
       * @enum {string}
       */
      session: 'bearer' | 'cookie';
    };
    MeDto: {
      /**
       * Format: uuid
       * @description A client user’s company
       */
      clientId: string | null;
      email: string;
      /** Format: uuid */
      id: string;
      /**
       * @description The language the console shows this user
       * @enum {string}
       */
      language: 'zh' | 'en';
      name: string;
      /**
       * @description Every route the permission matrix allows this role, as `METHOD /api/v1/path` with `:name` for path parameters, exactly as docs/security.md lists them (public routes left out). Which records within a route is the scope’s matter, and the server decides every request anew
       * @example [
       *       "GET /api/v1/shipments",
       *       "POST /api/v1/shipments/:id/actions/roll"
       *     ]
       */
      permissions: string[];
      /** @enum {string} */
      role: 'admin' | 'manager' | 'operator' | 'sales' | 'accounts' | 'client';
    };
    MissingPaperDto: {
      /** @description Whether it blocks the action (else only a warning) */
      blocking: boolean;
      /**
       * @description An attachment kind
       * @example packing_list
       */
      kind: string;
    };
    MoneyDto: {
      /**
       * @description Decimal string. Answers have exactly the currency's minor digits; requests may have fewer, never more
       * @example 1234.56
       */
      amount: string;
      /**
       * @example USD
       * @enum {string}
       */
      currency: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
    };
    NextActionDto: {
      /** @example release-customs */
      action: string;
      allowed: boolean;
      /** @description What is missing, when not allowed */
      missing?: string[];
      /** @description The papers the action lacks, blocking or not (docs/papers.md) */
      missingPapers?: components['schemas']['MissingPaperDto'][];
      /** @description What is missing without blocking the action (papers the checklist only warns about) */
      warnings?: string[];
    };
    PaperRuleDto: {
      /** @enum {string} */
      action:
        | 'confirm-booking'
        | 'request-space'
        | 'release-so'
        | 'pickup'
        | 'stuff'
        | 'gate-in'
        | 'declare-customs'
        | 'release-customs'
        | 'submit-si'
        | 'approve-bl'
        | 'release-bl';
      /** Format: uuid */
      carrierId: string | null;
      /** Format: uuid */
      clientId: string | null;
      /** Format: uuid */
      id: string;
      /** @example packing_list */
      kind: string;
      /** @enum {string} */
      severity: 'blocking' | 'warning' | 'waived';
      /** Format: date-time */
      updatedAt: string;
      /** @description Also sent as the ETag header; send it back in If-Match */
      version: number;
    };
    PaperRuleListDto: {
      /** @description Defaults first, then the overrides */
      items: components['schemas']['PaperRuleDto'][];
    };
    PapersSentDto: {
      /** @description The files it carries, in order */
      files: components['schemas']['SentFileDto'][];
      /** @description The client addresses the e-mail is queued to */
      to: string[];
      /** @description Bytes of all the files together */
      totalBytes: number;
    };
    PartyDto: {
      address: string;
      name: string;
    };
    PayablesAgingReportDto: {
      /** @example 2026-11-30 */
      asOf: string;
      /** @example CNY */
      baseCurrency: string;
      items: components['schemas']['PayablesAgingRowDto'][];
    };
    PayablesAgingRowDto: {
      carrierCode: string;
      /** Format: uuid */
      carrierId: string;
      carrierName: string;
      /** @description Not yet due (the carrier's due date) */
      current: components['schemas']['MoneyDto'];
      /** @description 1-30 days overdue */
      d1_30: components['schemas']['MoneyDto'];
      /** @description 31-60 days overdue */
      d31_60: components['schemas']['MoneyDto'];
      /** @description 61-90 days overdue */
      d61_90: components['schemas']['MoneyDto'];
      /** @description More than 90 days overdue */
      d90_plus: components['schemas']['MoneyDto'];
      /** @description The oldest open bill, as recorded */
      oldestIssueDate: string | null;
      total: components['schemas']['MoneyDto'];
    };
    PaymentAllocationDto: {
      amount: components['schemas']['MoneyDto'];
      /** Format: uuid */
      debitNoteId: string;
      debitNoteNumber: string | null;
    };
    PaymentDto: {
      allocations: components['schemas']['PaymentAllocationDto'][];
      amount: components['schemas']['MoneyDto'];
      client: components['schemas']['BillPartyDto'] | null;
      /** Format: uuid */
      clientId: string;
      createdAt: string;
      /** Format: uuid */
      id: string;
      receivedAt: string;
      reference: string;
      /** @description What was not allocated to a note */
      unallocated: components['schemas']['MoneyDto'];
    };
    PaymentPageDto: {
      items: components['schemas']['PaymentDto'][];
      nextCursor: string | null;
    };
    PendingApprovalCountDto: {
      /** @description Pending approvals in the caller's scope that the caller did not ask for */
      count: number;
    };
    PickupDto: {
      /** @description When it happened (default: now) */
      at?: string;
      /**
       * @description ISO 6346; spaces and hyphens are ignored
       * @example MSKU 907032-3
       */
      containerNumber: string;
      /** @example ML1234567 */
      sealNumber: string;
    };
    PreviewDebitNoteDto: {
      /** @description The carrier's own number (payable notes) */
      carrierNumber?: string;
      /**
       * @description The settlement currency of the note
       * @enum {string}
       */
      currency: 'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      /** @enum {string} */
      direction: 'receivable' | 'payable';
      /**
       * @description Default: issue date + the client's credit days
       * @example 2026-12-26
       */
      dueDate?: string;
      /** @description Rates into the note's currency (and into the base currency) */
      fxRates?: components['schemas']['FxRateDto'][];
      lines: components['schemas']['DebitNoteLineInputDto'][];
      /**
       * Format: uuid
       * @description The client (receivable) or the carrier (payable)
       */
      partyId: string;
      remarks?: string;
      /** Format: uuid */
      shipmentId: string;
    };
    ProfitNoteDto: {
      carrierNumber: string | null;
      /** @enum {string} */
      direction: 'receivable' | 'payable';
      /** Format: uuid */
      id: string;
      number: string | null;
      /** @description In the note's currency */
      total: components['schemas']['MoneyDto'];
      /** @description In the base currency, at the rate frozen on the note */
      totalBase: components['schemas']['MoneyDto'];
    };
    PutFxTermsDto: {
      /** @description Replaces the client's FX terms */
      terms: components['schemas']['FxTermDto'][];
    };
    ReleaseBlDto: {
      /**
       * Format: uuid
       * @description An approved release_before_payment approval
       */
      approvalId?: string;
      /** @enum {string} */
      mode: 'original' | 'telex' | 'seaway';
    };
    ReleaseBlockerDto: {
      /**
       * Format: uuid
       * @description approval_pending, approval_rejected: the approval
       */
      approvalId?: string;
      /** @enum {string} */
      code:
        | 'not_awaiting_payment'
        | 'not_paid'
        | 'prepaid'
        | 'no_credit_limit'
        | 'credit_currency_mismatch'
        | 'over_credit_limit'
        | 'overdue'
        | 'approval_pending'
        | 'approval_rejected';
      /** @description over_credit_limit: the limit */
      creditLimit?: components['schemas']['MoneyDto'];
      /** @description overdue: by how many days */
      daysOverdue?: number;
      /** @description overdue: its due date */
      dueDate?: string;
      /** @description In English; screens say it from the code and the figures */
      message: string;
      /** @description overdue: the note */
      number?: string;
      /** @description over_credit_limit: the open receivables */
      open?: components['schemas']['MoneyDto'];
      /** @description not_paid: how many of its issued receivable notes are unpaid */
      unpaidNotes?: number;
    };
    ReleasePositionDto: {
      /** @description The newest release_before_payment approval asked for this shipment */
      approval: components['schemas']['ApprovalDto'] | null;
      /**
       * @description What lets it go: paid, the client’s credit, or an approved release_before_payment
       * @enum {string|null}
       */
      basis: 'paid' | 'credit' | 'approval' | null;
      /** @description Why not ([] when releasable) */
      blockers: components['schemas']['ReleaseBlockerDto'][];
      credit: components['schemas']['CreditPositionDto'];
      /** @description Whether release-bl would be allowed now */
      releasable: boolean;
      /** Format: uuid */
      shipmentId: string;
      status: string;
    };
    ReleaseSoDto: {
      /** @example 177SZX1234567 */
      carrierBookingReference: string;
      cutoffs: components['schemas']['CutoffsDto'];
      /** @example 2026-12-05T18:00:00+08:00 */
      etd: string;
      /** @example SO-YTN-778812 */
      soNumber: string;
      /** @example MSC OSCAR */
      vessel: string;
      /** @example FE546W */
      voyage: string;
    };
    RemoveAttachmentDto: {
      /** @example Uploaded to the wrong shipment */
      reason: string;
    };
    RequestApprovalDto: {
      /** Format: uuid */
      clientId?: string;
      /** @description Required for (and only for) credit_terms, with clientId: applied to the client when approved */
      creditTerms?: components['schemas']['CreditTermsRequestDto'];
      /** @example Long-standing A-client; payment promised for Friday */
      reason: string;
      /** Format: uuid */
      shipmentId?: string;
      /** @enum {string} */
      type: 'release_before_payment' | 'void_after_release' | 'credit_terms' | 'below_floor_price' | 'other';
    };
    RequestSpaceDto: {
      /**
       * Format: uuid
       * @description The carrier to book with (if not already on the shipment)
       */
      carrierId?: string;
    };
    RollDto: {
      /** @description The new vessel’s cut-offs */
      cutoffs?: components['schemas']['CutoffsDto'];
      /** @example 2026-12-05T18:00:00+08:00 */
      etd: string;
      /** @example Inspection on cut-off day; cargo missed the vessel */
      reason: string;
      /** @example MSC OSCAR */
      vessel: string;
      /** @example FE546W */
      voyage: string;
    };
    SendAttachmentsDto: {
      /** @description Attachments of this shipment, client-visible and not removed, in the order to attach them */
      attachmentIds: string[];
      /** @description A few words for the client, in the e-mail */
      note?: string;
    };
    SentFileDto: {
      /** Format: uuid */
      attachmentId: string;
      filename: string;
      /** @example packing_list */
      kind: string;
      /** @description Bytes */
      size: number;
    };
    ShipmentCutoffsDto: {
      customs: string | null;
      cy: string | null;
      si: string | null;
      vgm: string | null;
    };
    ShipmentDto: {
      agreedRate?: components['schemas']['MoneyDto'] | null;
      blApprovals: components['schemas']['BlApprovalsDto'];
      blNumber: string | null;
      cancelReason: string | null;
      carrierBookingReference: string | null;
      /** Format: uuid */
      carrierId: string | null;
      /** Format: uuid */
      clientId: string;
      commodity: string;
      containers: components['schemas']['ContainerDto'][];
      createdAt: string;
      cutoffs: components['schemas']['ShipmentCutoffsDto'];
      declarationNumber: string | null;
      etd: string | null;
      /** @enum {string} */
      freightTerm: 'prepaid' | 'collect';
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      inspection: 'none' | 'pending' | 'cleared';
      inspectionFee?: components['schemas']['MoneyDto'] | null;
      /**
       * Format: uuid
       * @description The assigned operator (null for a client user)
       */
      operatorId: string | null;
      /** @example USLAX */
      pod: string;
      /** @example CNYTN */
      pol: string;
      /** @example SE2611-0001 */
      reference: string;
      /** @enum {string|null} */
      releaseMode: 'original' | 'telex' | 'seaway' | null;
      /** @description Staff remarks (null for client users) */
      remarks: string | null;
      shippingInstructions: Record<string, never> | null;
      /** @description 0 until the first SI */
      siRevision: number;
      soNumber: string | null;
      /** @enum {string} */
      status:
        | 'booking'
        | 'booking_confirmed'
        | 'space_requested'
        | 'so_released'
        | 'picked_up'
        | 'stuffed'
        | 'gated_in'
        | 'customs_declared'
        | 'customs_released'
        | 'si_submitted'
        | 'bl_checked'
        | 'debit_noted'
        | 'paid'
        | 'released'
        | 'cancelled';
      updatedAt: string;
      /** @description Also the ETag; send it back as If-Match */
      version: number;
      vessel: string | null;
      voyage: string | null;
    };
    ShipmentEventDto: {
      actor: components['schemas']['EventActorDto'];
      at: string;
      data: Record<string, never>;
      /** @description DCSA Track & Trace event code */
      dcsaCode: string | null;
      fromStatus: string | null;
      seq: number;
      toStatus: string | null;
      /** @example container_gated_in */
      type: string;
    };
    ShipmentEventPageDto: {
      items: components['schemas']['ShipmentEventDto'][];
      nextCursor: string | null;
    };
    ShipmentPageDto: {
      items: components['schemas']['ShipmentDto'][];
      nextCursor: string | null;
    };
    ShipmentProfitDto: {
      /** @example CNY */
      baseCurrency: string;
      margin: components['schemas']['MoneyDto'];
      notes: components['schemas']['ProfitNoteDto'][];
      payable: components['schemas']['MoneyDto'];
      receivable: components['schemas']['MoneyDto'];
      /** @example SE2611-0001 */
      reference: string;
      /** Format: uuid */
      shipmentId: string;
    };
    ShutOutDto: {
      /**
       * @description Customs' reference for the withdrawn declaration, when there is one yet
       * @example 531620261000123456-W
       */
      customsWithdrawalReference?: string;
      /** @example Overweight box refused at loading; cargo withdrawn */
      reason: string;
    };
    StoredDocumentDto: {
      createdAt: string;
      /** @description Who made it; null when the system did */
      createdByName: string | null;
      /** Format: uuid */
      debitNoteId: string | null;
      filename: string;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['StoredDocumentKind'];
      /** @description The addresses the e-mail carrying it went to */
      sentTo: string[];
      /** @description SHA-256 of the bytes, lower-case hex */
      sha256: string;
      /** Format: uuid */
      shipmentId: string | null;
      shipmentReference: string | null;
      /** @description Bytes */
      size: number;
      /** @description 1, 2, ... within the kind for the shipment (statements: the client; a debit note: 1) */
      version: number;
    };
    /** @enum {string} */
    StoredDocumentKind: 'booking_confirmation' | 'so_notice' | 'debit_note' | 'statement' | 'bl_draft';
    StoredDocumentListDto: {
      items: components['schemas']['StoredDocumentDto'][];
    };
    StoredDocumentPageDto: {
      items: components['schemas']['StoredDocumentDto'][];
      nextCursor: string | null;
    };
    StreamShipmentChangeDto: {
      /**
       * Format: date-time
       * @description The event's time
       */
      at: string;
      /** @description The event's number in the shipment's history (GET /shipments/:id/events) */
      seq: number;
      /** Format: uuid */
      shipmentId: string;
      /**
       * @description The status the event moved the shipment to; otherwise the shipment's status as written
       * @example booking_confirmed
       */
      status: string;
      /**
       * @description The event's type, as in the history
       * @example booking_confirmed
       */
      type: string;
    };
    StuffDto: {
      at?: string;
      /**
       * @description A decimal string or a JSON number, up to 3 decimals; answered as a decimal string
       * @example 9120.500
       */
      grossWeightKg?: string | number;
      packages?: number;
      /**
       * @description Verified gross mass (SOLAS VGM). A decimal string or a JSON number, up to 3 decimals; answered as a decimal string
       * @example 12920.500
       */
      vgmKg?: string | number;
    };
    SubmitSiDto: {
      /** @description True to submit packages or gross weight that differ from the stuffed containers' totals (otherwise 422 SI_CONTAINERS_MISMATCH naming both figures); needs `mismatchNote` */
      acknowledgeMismatch?: boolean;
      /** @enum {string} */
      blType: 'original' | 'telex' | 'seaway';
      consignee: components['schemas']['PartyDto'];
      /** @example 1,200 CARTONS OF WOODEN FURNITURE */
      description: string;
      /**
       * @description A decimal string or a JSON number, up to 3 decimals; answered as a decimal string
       * @example 18250.500
       */
      grossWeightKg: string | number;
      /** @example N/M */
      marks: string;
      /**
       * @description A decimal string or a JSON number, up to 3 decimals; answered as a decimal string
       * @example 67.800
       */
      measurementCbm: string | number;
      /**
       * @description Why the SI differs from the containers: recorded in the event (with acknowledgeMismatch)
       * @example Two pallets added after stuffing; the carrier has the corrected VGM
       */
      mismatchNote?: string;
      notifyParty?: components['schemas']['PartyDto'];
      /** @example 1200 */
      packages: number;
      /**
       * @description Place of delivery beyond the port of discharge (printed on the B/L draft)
       * @example CHICAGO, IL, USA
       */
      placeOfDelivery?: string;
      /**
       * @description Place of receipt, when the carrier takes the cargo inland (printed on the B/L draft)
       * @example DONGGUAN, CHINA
       */
      placeOfReceipt?: string;
      /**
       * @description A new port of discharge (UN/LOCODE) with this revision: once the SI is in, the POD changes only so (a booking_changed event; the client is re-sent its confirmation)
       * @example USLGB
       */
      pod?: string;
      shipper: components['schemas']['PartyDto'];
    };
    TokenDto: {
      accessToken: string;
      /** @description Seconds until the token expires */
      expiresIn: number;
      /** @enum {string} */
      tokenType: 'Bearer';
    };
    UpdateAttachmentDto: {
      clientVisible?: boolean;
      /** @example commercial_invoice */
      kind?: string;
      note?: string | null;
    };
    UpdateCarrierDto: {
      /** @description 0-10 addresses; replaces the list */
      emails?: string[];
      name?: string;
      requiresDocPrint?: boolean;
    };
    UpdateChargeDto: {
      cost?: components['schemas']['MoneyDto'];
      description?: string;
      rebillable?: boolean;
    };
    UpdateClientDto: {
      address?: string | null;
      /** @description Manager or admin only */
      creditDays?: number | null;
      /** @description Manager or admin only */
      creditLimit?: components['schemas']['MoneyDto'] | null;
      /** @description 1-10 addresses; replaces the list */
      emails?: string[];
      /** @enum {string} */
      grade?: 'a' | 'b' | 'c';
      /** @enum {string} */
      language?: 'zh' | 'en';
      name?: string;
      nameLocal?: string | null;
      /**
       * @description Manager or admin only
       * @enum {string}
       */
      paymentTerms?: 'prepaid' | 'collect' | 'monthly';
      /** Format: uuid */
      salesUserId?: string | null;
      /**
       * @description Unified social credit code (统一社会信用代码): 18 characters, its check character verified (GB 32100-2015); spaces and full-width characters are folded
       * @example 9144030071526726XG
       */
      taxId?: string | null;
    };
    UpdateDebitNoteDto: {
      carrierNumber?: string;
      /** @enum {string} */
      currency?:
        'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
      dueDate?: string | null;
      /** @description Replaces all rates */
      fxRates?: components['schemas']['FxRateDto'][];
      /** @description Replaces all lines */
      lines?: components['schemas']['DebitNoteLineInputDto'][];
      remarks?: string;
    };
    UpdateFeeRuleDto: {
      /** @description Per container, in any currency; 0: no fee here */
      amount?: components['schemas']['MoneyDto'];
      rebillable?: boolean;
    };
    UpdateFloorPriceDto: {
      /** @description In the floor’s currency */
      price?: components['schemas']['MoneyDto'];
    };
    UpdateMeDto: {
      /** @enum {string} */
      language?: 'zh' | 'en';
    };
    UpdatePaperRuleDto: {
      /** @enum {string} */
      severity: 'blocking' | 'warning' | 'waived';
    };
    UpdateShipmentDto: {
      /** @description Per container; until a debit note is issued; null clears it */
      agreedRate?: components['schemas']['MoneyDto'] | null;
      /**
       * @description The B/L number, trimmed and upper-cased; null clears it. Refused once released or cancelled.
       * @example COSU6284519370
       */
      blNumber?: string | null;
      /**
       * Format: uuid
       * @description The carrier; only before space is requested; null clears it
       */
      carrierId?: string | null;
      /**
       * @description Until the SI is submitted
       * @example Furniture (HS 9403)
       */
      commodity?: string;
      /** @description Planned containers to add or remove; until the S/O is released and before any pickup ends */
      containers?: components['schemas']['ContainerChangesDto'];
      /**
       * Format: uuid
       * @description The assigned operator (an active operator); null unassigns. Operators and managers.
       */
      operatorId?: string | null;
      /**
       * @description UN/LOCODE; until the SI is submitted
       * @example USLGB
       */
      pod?: string;
      /** @description Staff remarks (not shown to clients), up to 1000 characters; null or "" clears them */
      remarks?: string | null;
    };
    UpdateUserDto: {
      /** @description false deactivates the user: their tokens end at once, and stay ended if they are made active again */
      active?: boolean;
      /** @enum {string} */
      language?: 'zh' | 'en';
      name?: string;
      /** @description password must be 10-200 characters with at least one letter and one digit. A reset by the admin: every token the user holds ends */
      password?: string;
      /** @description a phone number such as +86 755 8888 1234 or 138 0013 8000 (ext. 12 allowed); null removes it */
      phone?: string | null;
      /** @enum {string} */
      role?: 'admin' | 'manager' | 'operator' | 'sales' | 'accounts' | 'client';
      /**
       * Format: uuid
       * @description null: in no team
       */
      teamLeadId?: string | null;
    };
    UploadAttachmentDto: {
      /**
       * @default false
       * @enum {string}
       */
      clientVisible: 'true' | 'false';
      /**
       * Format: uuid
       * @description One of the shipment's containers
       */
      containerId?: string;
      /**
       * Format: binary
       * @description One file; its type is decided by its content
       */
      file: string;
      /**
       * @description A code from GET /attachment-kinds
       * @example packing_list
       */
      kind: string;
      note?: string;
    };
    UserDto: {
      active: boolean;
      /** Format: uuid */
      clientId: string | null;
      createdAt: string;
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'zh' | 'en';
      name: string;
      phone: string | null;
      /** @enum {string} */
      role: 'admin' | 'manager' | 'operator' | 'sales' | 'accounts' | 'client';
      /** Format: uuid */
      teamLeadId: string | null;
    };
    UserPageDto: {
      items: components['schemas']['UserDto'][];
      nextCursor: string | null;
    };
    VoidChargeDto: {
      /** @example Entered twice */
      reason: string;
    };
    VoidDebitNoteDto: {
      /**
       * Format: uuid
       * @description Once the B/L is released, a receivable note is voided only with a replacement or an approval: an approved void_after_release approval for the shipment (one note each)
       */
      approvalId?: string;
      reason: string;
      /**
       * Format: uuid
       * @description Once the B/L is released: another issued receivable note of the same shipment that replaces this one
       */
      replacementNoteId?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ApprovalsController_list: {
    parameters: {
      query?: {
        clientId?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        /** @description true: only the decided (approved or rejected); false: only the pending */
        decided?: 'true' | 'false';
        limit?: number;
        shipmentId?: string;
        state?: 'pending' | 'approved' | 'rejected';
        type?:
          'release_before_payment' | 'void_after_release' | 'credit_terms' | 'below_floor_price' | 'other';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Those about a client in the caller's scope; one about no client only to its requester, the manager they report to, and admins (who alone see all) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ApprovalsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestApprovalDto'];
      };
    };
    responses: {
      /** @description A pending approval */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ApprovalsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ApprovalsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideApprovalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not a manager or admin, or the requester */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such approval, or one outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description APPROVAL_ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ApprovalsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideApprovalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Not a manager or admin, or the requester */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such approval, or one outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description APPROVAL_ALREADY_DECIDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ApprovalsController_pendingCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pending approvals in the caller's scope that they did not ask for: what awaits their decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingApprovalCountDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_kinds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The kinds of paper, in the console’s order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentKindListDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such attachment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAttachmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description Not a kind, or the attachment is removed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such attachment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_content: {
    parameters: {
      query?: {
        /** @description As a download (attachment) rather than inline */
        download?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as uploaded, with its Content-Type (inline for PDF and images) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such attachment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RemoveAttachmentDto'];
      };
    };
    responses: {
      /** @description Marked removed; the file is kept */
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description No reason, or already removed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such attachment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        /** @description created, updated, credit_terms_changed, … */
        action?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        entityId?: string;
        /** @description client, carrier, … */
        entityType?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first. A manager reads only the records about their team's clients (and the approvals they may see) and about carriers; an admin reads all. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditRecordPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description The token in the body (`session` bearer, the default); or, with `session: "cookie"`, in an HttpOnly, SameSite=Strict cookie (Secure over https) and not in the body */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenDto'] | components['schemas']['CookieSessionDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Wrong e-mail or password, or a deactivated account */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description RATE_LIMITED: too many attempts from this address, or this address has guessed wrong for this account while it was under attack; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out: the session cookie is cleared and, when the request was signed in by it, its token ends on every instance. A bearer token is not ended here (it lasts until it expires, a new password or a deactivation) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CSRF_HEADER_MISSING: signed in by the session cookie without `X-Requested-With: quayside` (docs/security.md, "The console's session") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AuthController_updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      /** @description The caller as they now are */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CSRF_HEADER_MISSING: signed in by the session cookie without `X-Requested-With: quayside` (docs/security.md, "The console's session") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed. Every other token of the user has ended. A bearer token the request came with goes on (a token issued before this release, without an id, ends too); a session cookie it came with ends as well and is replaced by a fresh one in this answer (`Set-Cookie`). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED naming `currentPassword` (not the current password) or `newPassword` (the policy) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CSRF_HEADER_MISSING: signed in by the session cookie without `X-Requested-With: quayside` (docs/security.md, "The console's session") */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description RATE_LIMITED: too many attempts from this address, or this address has guessed wrong for this account while it was under attack; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BoardController_get: {
    parameters: {
      query?: {
        carrierId?: string;
        clientId?: string;
        /** @description ETD on or after this day (business time zone) */
        etdFrom?: string;
        /** @description ETD on or before this day (business time zone) */
        etdTo?: string;
        /** @description Only the caller's own shipments (assigned to them) */
        mine?: 'true' | 'false';
        operatorId?: string;
        /** @description Cards per column, the most urgent first (the count is of all) */
        perStatus?: number;
        /** @description Port of discharge (UN/LOCODE) */
        pod?: string;
        /** @description Port of loading (UN/LOCODE) */
        pol?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BoardDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_listCarrierPayments: {
    parameters: {
      query?: {
        carrierId?: string;
        currency?:
          'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Latest paid first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarrierPaymentPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_recordCarrierPayment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCarrierPaymentDto'];
      };
    };
    responses: {
      /** @description Money paid to a carrier, allocated to its bills */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarrierPaymentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: over-allocation, or a note that is not a recorded payable of this carrier in this currency (fields name each allocation at fault); INVALID_REFERENCE: no such carrier; AMOUNT_OUT_OF_RANGE, DATE_OUT_OF_RANGE (docs/billing.md) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  CarriersController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        /** @description A prefix of the code, or part of the name (any case); empty: no filter */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarrierPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  CarriersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCarrierDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarrierDto'];
        };
      };
      /** @description A field is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The code is already in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  CarriersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarrierDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  CarriersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCarrierDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarrierDto'];
        };
      };
      /** @description A field is not valid, or the code was sent (it cannot change) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ChargesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateChargeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChargeDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, accounts, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The charge is on a debit note, or void */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ChargesController_void: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidChargeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChargeDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, accounts, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The charge is on a debit note (void the draft first), or void already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ClientsController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        grade?: 'a' | 'b' | 'c';
        limit?: number;
        paymentTerms?: 'prepaid' | 'collect' | 'monthly';
        /** @description A prefix of the code, or part of the name or local name (any case); empty: no filter */
        q?: string;
        salesUserId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ClientsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClientDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientDto'];
        };
      };
      /** @description A field is not valid; a collect or monthly client lacks credit terms */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN, naming salesUserId: a salesperson names only themselves; a manager themselves, their team or no one; credit terms set by anyone but a manager or admin (details.fields names paymentTerms, creditLimit, creditDays: those the request would change) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: the code is already in use (by any client; the answer names nothing of it) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description salesUserId names no active sales user or manager */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ClientsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ClientsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClientDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientDto'];
        };
      };
      /** @description A field is not valid, or the code was sent (it cannot change) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN, naming salesUserId: a salesperson names only themselves; a manager themselves, their team or no one; credit terms set by anyone but a manager or admin (details.fields names paymentTerms, creditLimit, creditDays: those the request would change) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description salesUserId names no active sales user or manager */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ReleasePositionController_creditPosition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditPositionDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, accounts, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such client, or one outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_clientDocuments: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        kind?: 'booking_confirmation' | 'so_notice' | 'debit_note' | 'statement' | 'bl_draft';
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every document sent to the client (statements included), newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredDocumentPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such client, or outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_getFxTerms: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FxTermsDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_putFxTerms: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutFxTermsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FxTermsDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FX_RATE_OUT_OF_RANGE: a fixed rate too far from the one it replaces or the last one used; DATE_OUT_OF_RANGE: its date outside the window (docs/billing.md) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_statement: {
    parameters: {
      query?: {
        asOf?: unknown;
        /** @description A period statement from this day (opening balance at the end of the day before); not with asOf */
        from?: unknown;
        /** @description The period’s last day (default today) */
        to?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The statement of account as of a date (default today), per currency; with `from`, a period statement: opening balance, notes issued, payments received, closing balance per currency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: a date malformed, from after to, to without from, asOf with from */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, accounts, sales, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_list: {
    parameters: {
      query?: {
        carrierId?: string;
        clientId?: string;
        currency?:
          'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
        /** @description The nextCursor of the previous page */
        cursor?: string;
        direction?: 'receivable' | 'payable';
        /** @description Notes due on or before this date (YYYY-MM-DD) */
        dueBefore?: string;
        limit?: number;
        /** @description true: issued receivable notes with money still open whose due date has passed (business time zone) */
        overdue?: 'true';
        shipmentId?: string;
        status?: 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNotePageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNoteDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDebitNoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNoteDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description DEBIT_NOTE_INVALID_STATE: only drafts are edited */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description As on create: AMOUNT_OUT_OF_RANGE, FX_RATE_OUT_OF_RANGE, DATE_OUT_OF_RANGE (docs/billing.md) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_issue: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyActionDto'];
      };
    };
    responses: {
      /** @description Issued: frozen; a receivable is numbered and sent to the client. A payable is recorded (the carrier's bill booked as owed: no number of ours, nothing sent; its status reads `issued`) */
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNoteDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description DEBIT_NOTE_INVALID_STATE: not a draft */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: e.g. no rate into the base currency */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_debitNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The debit note (bilingual PDF; a draft is marked DRAFT) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description DEBIT_NOTE_INVALID_STATE (action print): a payable note is the carrier's bill, no PDF of ours */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_void: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VoidDebitNoteDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNoteDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description DEBIT_NOTE_INVALID_STATE: paid in part or whole, or already void */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: a receivable note of a released shipment without a replacement note or an approved void_after_release approval */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewDebitNoteDto'];
      };
    };
    responses: {
      /** @description The draft priced as create would price it (lines in the note currency, the total); nothing is saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNotePreviewDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description As on create: a missing rate (REQUIREMENTS_UNMET), INVALID_REFERENCE, AMOUNT_OUT_OF_RANGE, ... */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_storedDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored document: the exact bytes that were sent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such document, or outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  EmailsController_list: {
    parameters: {
      query?: {
        clientId?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        shipmentId?: string;
        status?: 'pending' | 'sending' | 'sent' | 'failed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FeeRulesController_list: {
    parameters: {
      query?: {
        carrierId?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        kind?: 'doc_print' | 'lift' | 'heavy_select' | 'empty_return' | 'inspection';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By kind */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeeRulePageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FeeRulesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFeeRuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeeRuleDto'];
        };
      };
      /** @description A field is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The kind, carrier, terminal and container type already have a rule */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such carrier (INVALID_REFERENCE) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FeeRulesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeeRuleDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such fee rule */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FeeRulesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted: a less specific rule (or none) applies from now on */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such fee rule */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FeeRulesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFeeRuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeeRuleDto'];
        };
      };
      /** @description Not a valid amount */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FloorPricesController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
        pol?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By POL, POD, container type and currency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FloorPricePageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FloorPricesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFloorPriceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FloorPriceDto'];
        };
      };
      /** @description A field is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The lane and container type already have a floor in this currency */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FloorPricesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FloorPriceDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such floor price */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FloorPricesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted: the lane and type have no floor in that currency any more */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such floor price */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  FloorPricesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFloorPriceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FloorPriceDto'];
        };
      };
      /** @description Not a valid price, or in another currency than the floor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  PapersController_rules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Which papers each action needs (docs/papers.md) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaperRuleListDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  PapersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePaperRuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaperRuleDto'];
        };
      };
      /** @description Not an action that papers gate, or not a kind */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description That action, kind, carrier and client have a rule already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  PapersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePaperRuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaperRuleDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such rule */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  PapersController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted (a default deleted is no longer asked for) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such rule */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_payablesAging: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per carrier: its recorded bills' open amounts by days past the carrier's due date (current, d1_30, d31_60, d61_90, d90_plus) in the base currency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayablesAgingReportDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_listPayments: {
    parameters: {
      query?: {
        clientId?: string;
        currency?:
          'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Latest received first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_recordPayment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Over-allocation, or a note that is not an issued receivable of this client in this currency; AMOUNT_OUT_OF_RANGE (past MONEY_MAX_AMOUNT), DATE_OUT_OF_RANGE (received before MONEY_EARLIEST_DATE) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_getPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_aging: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per client: current, d1_30, d31_60, d61_90, d90_plus in the base currency; statementRequired */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgingReportDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, accounts, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_list: {
    parameters: {
      query?: {
        carrierId?: string;
        clientId?: string;
        /** @description The nextCursor of the previous page */
        cursor?: string;
        /** @description Only shipments whose CY cut-off is before this time */
        cutoffBefore?: string;
        limit?: number;
        operatorId?: string;
        /** @description Prefix of a reference, container, S/O, carrier booking or B/L number */
        q?: string;
        /** @description One status or several, comma-separated */
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShipmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateShipmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field is not valid, or not one that can be edited */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: the field is locked at this stage (`details.missing` says why; GET …/editable lists them); INVALID_REFERENCE: no such carrier or operator */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_approveBl: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveBlDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_clearInspection: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClearInspectionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_confirmBooking: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyActionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_declareCustoms: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareCustomsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_flagInspection: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlagInspectionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_releaseBl: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReleaseBlDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_releaseCustoms: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmptyActionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_releaseSo: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReleaseSoDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_requestSpace: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestSpaceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_roll: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RollDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_shutOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShutOutDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_submitSi: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitSiDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_list: {
    parameters: {
      query?: {
        /** @description Staff: the removed ones too */
        includeRemoved?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff: every paper (removed ones with includeRemoved); a client user: the client-visible ones */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentListDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such shipment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The fields, then the file (docs/papers.md) */
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadAttachmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDto'];
        };
      };
      /** @description No file, an empty one, or a field not valid (kind, containerId, ...) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such shipment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: larger than ATTACHMENT_MAX_BYTES */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNSUPPORTED_MEDIA_TYPE: the content is none of PDF, JPEG, PNG, WebP, GIF, TIFF, XLSX, DOCX, XLS, DOC */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: an id names no usable record; IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  AttachmentsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendAttachmentsDto'];
      };
    };
    responses: {
      /** @description An e-mail to the client carrying the files is queued; a papers_sent event on the shipment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PapersSentDto'];
        };
      };
      /** @description An attachment not on this shipment, removed, or not client-visible (details.attachmentIds) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such shipment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description EMAIL_TOO_LARGE: the files come to more than ATTACHMENT_MAX_BYTES; REQUIREMENTS_UNMET: the client has no e-mail address */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_blDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The B/L draft of the current SI revision as it would be sent now (marked DRAFT); the copies sent are in GET /shipments/:id/documents (kind bl_draft) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such shipment, or outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_bookingConfirmation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The booking confirmation (bilingual PDF) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ChargesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oldest first, void ones included */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChargeDto'][];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such shipment in your scope; always for a client user (costs are ours) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ChargesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChargeDto'];
      };
    };
    responses: {
      /** @description A charge entered by hand (source `manual`) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChargeDto'];
        };
      };
      /** @description A field is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator, accounts, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE: a container of another shipment, no such carrier */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_gateIn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        containerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GateInDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_pickup: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        containerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PickupDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_stuff: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry-safe POST: the same key and body replay the first response */
        'Idempotency-Key'?: string;
        /** @description The ETag you read ("<version>"); 412 PRECONDITION_FAILED if the record changed since */
        'If-Match'?: string;
      };
      path: {
        containerId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StuffDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, operator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description SHIPMENT_INVALID_TRANSITION: not possible from the current status (`details.allowedActions`); CONFLICT: another change to the shipment won */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description PRECONDITION_FAILED: If-Match names a version that is no longer current; read the record again */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description REQUIREMENTS_UNMET: what is missing (`details.missing`); IDEMPOTENCY_KEY_REUSED: the key came with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_listForShipment: {
    parameters: {
      query?: {
        carrierId?: string;
        clientId?: string;
        currency?:
          'CNY' | 'USD' | 'EUR' | 'HKD' | 'GBP' | 'JPY' | 'KRW' | 'SGD' | 'AUD' | 'CAD' | 'KWD' | 'BHD';
        /** @description The nextCursor of the previous page */
        cursor?: string;
        direction?: 'receivable' | 'payable';
        /** @description Notes due on or before this date (YYYY-MM-DD) */
        dueBefore?: string;
        limit?: number;
        /** @description true: issued receivable notes with money still open whose due date has passed (business time zone) */
        overdue?: 'true';
        shipmentId?: string;
        status?: 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNotePageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDebitNoteDto'];
      };
    };
    responses: {
      /** @description A draft */
      201: {
        headers: {
          /** @description The version of the record: `"<version>"`, to send back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNoteDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description CONFLICT: another change to the same record at the same time, a value already in use, or a request with this Idempotency-Key still running (IDEMPOTENCY_ANSWER_UNAVAILABLE: it ran, its answer is lost) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description A line in another currency without a rate; a party that does not fit; AMOUNT_OUT_OF_RANGE (an amount past MONEY_MAX_AMOUNT, a line that comes to zero), FX_RATE_OUT_OF_RANGE (a rate too far from the agreed or last one), DATE_OUT_OF_RANGE (a rate or due date outside the window): docs/billing.md */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ChargesController_draftFromCharges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftFromChargesDto'];
      };
    };
    responses: {
      /** @description The drafts: one receivable for the client, or one payable per carrier */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebitNoteDto'][];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, accounts, manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOTHING_TO_BILL: every charge (and the agreed rate) is on a note already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description As POST shipments/:id/debit-notes: a line in another currency without a rate, a cancelled shipment, … */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  DocumentsController_shipmentDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every document sent about the shipment, as sent, newest first (docs/documents.md) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredDocumentListDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such shipment, or outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_editable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EditableFieldDto'][];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_events: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The history, oldest first. Staff see every event; a client user only the client-facing ones, with the data a client may see (no costs, staff reasons or approvals) and our staff shown as the company (docs/security.md, "Issue 11: what clients see"). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentEventPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ShipmentsController_nextActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NextActionDto'][];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  PapersController_checklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each paper the rules ask of this shipment: uploaded, missing, or late against its cut-off */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChecklistDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such shipment in your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  BillingController_profit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Receivable, payable and margin in the base currency, with each note in its own currency */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentProfitDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  ReleasePositionController_releasePosition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether release-bl is allowed now, on what basis (paid, credit, approval), and if not why, as codes: not_awaiting_payment, not_paid, prepaid, no_credit_limit, credit_currency_mismatch, over_credit_limit, overdue, approval_pending, approval_rejected */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleasePositionDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description No such shipment, or one outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  StreamController_stream: {
    parameters: {
      query?: never;
      header?: {
        /** @description The last message's id, to resume from (browsers send it by themselves on reconnect) */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description Server-Sent Events: the shipment changes the caller may see, as they commit, on any instance
       *     (docs/api.md, "Stream"). `event: shipment`: data `{ shipmentId, seq, type, status, at }` (the schema
       *     StreamShipmentChangeDto). `event: ready`: the stream is live (after any replay). `event: reset`: what was missed
       *     cannot be replayed, reload everything. A `: keep-alive` comment about every 15 s. Every message has an `id`:
       *     sent back as `Last-Event-ID` on reconnect, the stream replays what the caller missed, then goes on live.
       *     Without `Accept: text/event-stream` the answer ends after `ready`.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin, manager, operator, sales, accounts, client */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description The nextCursor of the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description The e-mail is already in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE, naming teamLeadId: it must name an active manager */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description VALIDATION_FAILED: a field, parameter or header is not valid; `details.fields` names each one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description UNAUTHENTICATED: no token, a bad or expired one, or a deactivated user */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description FORBIDDEN: allowed roles are admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description NOT_FOUND: no such record, or one outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description LAST_ACTIVE_ADMIN: the change (active false, or another role) would leave no active admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description INVALID_REFERENCE, naming teamLeadId: it must name an active manager */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description The database is not reachable, or not usable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
      /** @description Any other error, in the envelope: 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED, 503 DATABASE_UNAVAILABLE or STORAGE_FULL, 500 INTERNAL */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorEnvelope'];
        };
      };
    };
  };
}
