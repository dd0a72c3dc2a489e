import type { EntityManager } from 'typeorm';
import type { ScopeService } from '../../auth/scope.service';
import type { NoticesService } from '../../notifications/notices.service';
import type { ContainerAction, GuardInput, UserAction } from '../domain/shipment-machine';
import type { ContainerStatus } from '../domain/shipment-status';
import type * as body from '../dto/action.dto';
import type { Container } from '../entities/container.entity';
import type { StageChargesProvider } from '../stage-charges.port';
import type { EventData, ShipmentChange } from '../shipment-change';

/** The shipment's own actions (POST …/actions/<action>); the container steps are the rest of the table's. */
export type ShipmentActionName = Exclude<UserAction, ContainerAction>;

/**
 * The body each shipment action takes (docs/api.md, "Actions"). Indexed by every action of the table
 * (`ActionHandler` below): an action without a body type here does not compile.
 */
export interface ActionInputs {
  'confirm-booking': Record<string, never>;
  'request-space': body.RequestSpaceDto;
  'release-so': body.ReleaseSoDto;
  'declare-customs': body.DeclareCustomsDto;
  'flag-inspection': body.FlagInspectionDto;
  'clear-inspection': body.ClearInspectionDto;
  'release-customs': Record<string, never>;
  'submit-si': body.SubmitSiDto;
  'approve-bl': body.ApproveBlDto;
  'release-bl': body.ReleaseBlDto;
  roll: body.RollDto;
  cancel: body.CancelDto;
  'shut-out': body.ShutOutDto;
}

export interface ContainerActionInputs {
  pickup: body.PickupDto;
  stuff: body.StuffDto;
  'gate-in': body.GateInDto;
}

/** What an effect may use besides the change: the manager the change reads with (no transaction), services. */
export interface ActionServices {
  em: EntityManager;
  scope: ScopeService;
  notices: NoticesService;
  /** The fee rules, for the charges a stage incurs (recorded with the change: `recordCharges`). */
  charges: StageChargesProvider;
}

/**
 * One shipment action: what it changes and the notices it writes with the change. The dispatch
 * (ShipmentsService.act) finds the table's rule, checks its guards, runs `effect`, records the rule's event
 * with the data `effect` returned, then runs `after`. Registered in `actions/index.ts`.
 */
export interface ActionHandler<A extends ShipmentActionName> {
  /** What of the body the rule's guards and the billing facts read (GuardContext.input); none by default. */
  guardInput?(input: ActionInputs[A]): GuardInput;
  /**
   * Changes the shipment (may refuse with an AppError) and returns the data of the action's event. A notice
   * to send is written here too (`change.alsoWrite`): it goes to the outbox in the change's transaction and
   * leaves after commit.
   */
  effect(
    change: ShipmentChange,
    input: ActionInputs[A],
    services: ActionServices,
  ): EventData | Promise<EventData>;
  /** What follows the action's own event in the history (e.g. the B/L number given with an approval). */
  after?(change: ShipmentChange, input: ActionInputs[A]): void;
}

/** One container step: the status the container must be at, and what the step changes. */
export interface ContainerActionHandler<A extends ContainerAction> {
  /** The container's status the step starts from (422 naming the container otherwise). */
  from: ContainerStatus;
  /** Changes the container (may refuse) and returns the data of the event, beside the container's id and seq. */
  effect(
    change: ShipmentChange,
    container: Container,
    input: ContainerActionInputs[A],
    services: ActionServices,
  ): EventData | Promise<EventData>;
}
