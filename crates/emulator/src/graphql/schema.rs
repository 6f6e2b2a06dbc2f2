//! GitHub's GraphQL types for Enterprise Server installations, as the schema excerpt
//! `spec/github-api/ghec-graphql-enterprise-server-installations.graphql` has them: the same
//! names, fields, arguments (with their defaults) and nullability, which
//! `tests/graphql_schema.rs` compares type by type. Nothing here comes from the client crate.
//!
//! Nodes copy what they show out of the world when their connection is resolved (a page at
//! most), so a request never holds the world's lock across fields, and a sync landing in the
//! middle of a query changes later pages, not half a node.

use std::sync::Arc;

use async_graphql::{
    Context, Enum, InputObject, InputType, Interface, Object, OutputType, Scalar, ScalarType,
    SimpleObject, Value, ID,
};
use time::OffsetDateTime;

use super::page::{ordered, typed_error, Args, Key, Window};
use super::Caller;
use crate::state::read;
use crate::tokens::GhecToken;
use crate::world::{Instance, ServerAccount, UploadState, World};

// ---------------------------------------------------------------------------------------
// Scalars, enums and inputs

/// An ISO-8601 encoded UTC date string.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DateTime(pub(crate) OffsetDateTime);

#[Scalar(name = "DateTime")]
impl ScalarType for DateTime {
    fn parse(value: Value) -> async_graphql::InputValueResult<Self> {
        match &value {
            Value::String(s) => {
                OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                    .map(Self)
                    .map_err(|_| async_graphql::InputValueError::expected_type(value))
            }
            _ => Err(async_graphql::InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(crate::render::rfc3339(self.0))
    }
}

/// Possible directions in which to order a list of items when provided an `orderBy` argument.
#[derive(Debug, Enum, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrderDirection {
    Asc,
    Desc,
}

/// Properties by which Enterprise Server installation connections can be ordered.
#[derive(Debug, Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "EnterpriseServerInstallationOrderField")]
pub(crate) enum InstallationOrderField {
    CreatedAt,
    CustomerName,
    HostName,
}

/// Properties by which Enterprise Server user account connections can be ordered.
#[derive(Debug, Enum, Clone, Copy, PartialEq, Eq, Hash)]
#[graphql(name = "EnterpriseServerUserAccountOrderField")]
pub(crate) enum AccountOrderField {
    Login,
    RemoteCreatedAt,
}

/// Properties by which Enterprise Server user account email connections can be ordered.
#[derive(Debug, Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "EnterpriseServerUserAccountEmailOrderField")]
pub(crate) enum EmailOrderField {
    Email,
}

/// Properties by which Enterprise Server user accounts upload connections can be ordered.
#[derive(Debug, Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "EnterpriseServerUserAccountsUploadOrderField")]
pub(crate) enum UploadOrderField {
    CreatedAt,
}

/// Ordering options for a connection: one concrete input type per order field type, as
/// GitHub names them.
#[derive(Debug, InputObject, Clone, Copy)]
#[graphql(concrete(
    name = "EnterpriseServerInstallationOrder",
    params(InstallationOrderField)
))]
#[graphql(concrete(name = "EnterpriseServerUserAccountOrder", params(AccountOrderField)))]
#[graphql(concrete(
    name = "EnterpriseServerUserAccountEmailOrder",
    params(EmailOrderField)
))]
#[graphql(concrete(
    name = "EnterpriseServerUserAccountsUploadOrder",
    params(UploadOrderField)
))]
pub(crate) struct Order<F: InputType> {
    direction: OrderDirection,
    field: F,
}

impl<F: InputType> Order<F> {
    fn descending(&self) -> bool {
        self.direction == OrderDirection::Desc
    }
}

/// GitHub's default orders, used when `orderBy` is left out or `null`.
const INSTALLATIONS_BY_DEFAULT: Order<InstallationOrderField> = Order {
    field: InstallationOrderField::HostName,
    direction: OrderDirection::Asc,
};
const ACCOUNTS_BY_DEFAULT: Order<AccountOrderField> = Order {
    field: AccountOrderField::Login,
    direction: OrderDirection::Asc,
};
const EMAILS_BY_DEFAULT: Order<EmailOrderField> = Order {
    field: EmailOrderField::Email,
    direction: OrderDirection::Asc,
};
const UPLOADS_BY_DEFAULT: Order<UploadOrderField> = Order {
    field: UploadOrderField::CreatedAt,
    direction: OrderDirection::Desc,
};

/// Synchronization state of the Enterprise Server user accounts upload.
#[derive(Debug, Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "EnterpriseServerUserAccountsUploadSyncState")]
pub(crate) enum SyncState {
    Failure,
    Pending,
    Success,
}

impl From<UploadState> for SyncState {
    fn from(s: UploadState) -> Self {
        match s {
            UploadState::Pending => Self::Pending,
            UploadState::Success => Self::Success,
            UploadState::Failure => Self::Failure,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Connections

/// Information about pagination in a connection.
#[derive(Debug, SimpleObject, Clone)]
pub(crate) struct PageInfo {
    end_cursor: Option<String>,
    has_next_page: bool,
    has_previous_page: bool,
    start_cursor: Option<String>,
}

/// One page's nodes with their keys, and where it sits in the list.
struct Page<T> {
    items: Vec<(Key, T)>,
    window: Window,
    total: usize,
}

impl<T: Clone> Page<T> {
    fn page_info(&self) -> PageInfo {
        PageInfo {
            start_cursor: self.items.first().map(|(k, _)| k.cursor()),
            end_cursor: self.items.last().map(|(k, _)| k.cursor()),
            has_next_page: self.window.has_next_page,
            has_previous_page: self.window.has_previous_page,
        }
    }

    /// The page as GitHub's connection type.
    fn connection(self) -> Connection<T>
    where
        T: OutputType,
        Edge<T>: OutputType,
    {
        let page_info = self.page_info();
        let total_count = i32::try_from(self.total).unwrap_or(i32::MAX);
        let nodes = self.items.iter().map(|(_, n)| Some(n.clone())).collect();
        let edges = self
            .items
            .into_iter()
            .map(|(k, node)| {
                Some(Edge {
                    cursor: k.cursor(),
                    node: Some(node),
                })
            })
            .collect();
        Connection {
            edges: Some(edges),
            nodes: Some(nodes),
            page_info,
            total_count,
        }
    }
}

/// Sorts a small list in the requested order and answers with the page the arguments ask
/// for of the connection called `connection`.
fn connection_of<T>(
    mut all: Vec<(Key, T)>,
    descending: bool,
    args: &Args,
    connection: &str,
) -> async_graphql::Result<Connection<T>>
where
    T: Clone + OutputType,
    Edge<T>: OutputType,
{
    let bounds = args.bounds(connection)?;
    all.sort_by(|a, b| ordered(&a.0, &b.0, descending));
    let window = bounds.window(all.len(), |p, k| ordered(&all[p].0, k, descending));
    let total = all.len();
    let items = all.drain(window.start..window.end).collect();
    let page = Page {
        items,
        window,
        total,
    };
    Ok(page.connection())
}

/// The connection type for an Enterprise Server installation's nodes, one concrete GraphQL
/// type per node type as GitHub names them.
#[derive(Debug, SimpleObject)]
#[graphql(concrete(
    name = "EnterpriseServerInstallationConnection",
    params(InstallationNode)
))]
#[graphql(concrete(name = "EnterpriseServerUserAccountConnection", params(AccountNode)))]
#[graphql(concrete(name = "EnterpriseServerUserAccountEmailConnection", params(EmailNode)))]
#[graphql(concrete(
    name = "EnterpriseServerUserAccountsUploadConnection",
    params(UploadNode)
))]
pub(crate) struct Connection<N: OutputType>
where
    Edge<N>: OutputType,
{
    edges: Option<Vec<Option<Edge<N>>>>,
    nodes: Option<Vec<Option<N>>>,
    page_info: PageInfo,
    total_count: i32,
}

/// An edge in a connection.
#[derive(Debug, SimpleObject, Clone)]
#[graphql(concrete(name = "EnterpriseServerInstallationEdge", params(InstallationNode)))]
#[graphql(concrete(name = "EnterpriseServerUserAccountEdge", params(AccountNode)))]
#[graphql(concrete(name = "EnterpriseServerUserAccountEmailEdge", params(EmailNode)))]
#[graphql(concrete(name = "EnterpriseServerUserAccountsUploadEdge", params(UploadNode)))]
pub(crate) struct Edge<N: OutputType> {
    cursor: String,
    node: Option<N>,
}

// ---------------------------------------------------------------------------------------
// The root and the enterprise

pub(crate) struct QueryRoot;

#[Object(name = "Query")]
impl QueryRoot {
    /// Look up an enterprise by URL slug.
    async fn enterprise(
        &self,
        ctx: &Context<'_>,
        invitation_token: Option<String>,
        slug: String,
    ) -> async_graphql::Result<Option<Enterprise>> {
        // An invitation token only matters to someone invited; the demo has no invitations.
        let _ = invitation_token;
        let caller = ctx.data::<Caller>()?;
        let world = read(&caller.shared.world);
        if world.enterprise.slug.eq_ignore_ascii_case(&slug) {
            Ok(Some(Enterprise {
                slug: world.enterprise.slug.clone(),
            }))
        } else {
            Err(typed_error(
                "NOT_FOUND",
                format!("Could not resolve to an Enterprise with the slug of '{slug}'."),
            ))
        }
    }
}

/// An account to manage multiple organizations with consolidated policy and billing.
#[derive(Debug, Clone)]
pub(crate) struct Enterprise {
    slug: String,
}

#[Object]
impl Enterprise {
    /// Enterprise information visible to enterprise owners or enterprise owners' personal
    /// access tokens (classic) with read:enterprise or admin:enterprise scope.
    async fn owner_info(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<EnterpriseOwnerInfo>> {
        let caller = ctx.data::<Caller>()?;
        let slug = &self.slug;
        match caller.token {
            GhecToken::Owner => Ok(Some(EnterpriseOwnerInfo)),
            GhecToken::Member => Err(typed_error(
                "FORBIDDEN",
                format!("Only enterprise owners of {slug} can view ownerInfo: the token's user is a member, not an owner, of the enterprise."),
            )),
            GhecToken::OwnerWithoutScope => Err(typed_error(
                "INSUFFICIENT_SCOPES",
                "Your token has not been granted the required scopes to execute this query. The 'ownerInfo' field requires one of the following scopes: ['read:enterprise', 'admin:enterprise'], but your token has only been granted the: ['repo', 'read:org'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
            )),
            GhecToken::FineGrained => Err(typed_error(
                "FORBIDDEN",
                "Resource not accessible by personal access token",
            )),
            GhecToken::SsoUnauthorized => Err(typed_error(
                "FORBIDDEN",
                format!("Resource protected by SAML enforcement of enterprise {slug}. You must grant your Personal Access token access to this enterprise."),
            )),
        }
    }
}

/// Enterprise information visible to enterprise owners.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EnterpriseOwnerInfo;

#[Object]
impl EnterpriseOwnerInfo {
    /// Enterprise Server installations owned by the enterprise.
    #[allow(clippy::too_many_arguments)]
    async fn enterprise_server_installations(
        &self,
        ctx: &Context<'_>,
        after: Option<String>,
        before: Option<String>,
        #[graphql(default_with = "Some(false)")] connected_only: Option<bool>,
        first: Option<i32>,
        last: Option<i32>,
        #[graphql(default_with = "Some(INSTALLATIONS_BY_DEFAULT)")] order_by: Option<
            Order<InstallationOrderField>,
        >,
    ) -> async_graphql::Result<Connection<InstallationNode>> {
        // GitHub's defaults are nullable: an explicit `null` means the default too.
        let connected_only = connected_only.unwrap_or(false);
        let order_by = order_by.unwrap_or(INSTALLATIONS_BY_DEFAULT);
        let args = Args {
            first,
            last,
            after,
            before,
        };
        let caller = ctx.data::<Caller>()?;
        let world = read(&caller.shared.world);
        let all: Vec<(Key, InstallationNode)> = world
            .instances
            .iter()
            .enumerate()
            .filter(|(_, i)| known_to_ghec(i) && (!connected_only || i.connect_license_sync))
            .map(|(index, inst)| {
                let node = InstallationNode::of(&world, index, inst);
                let id = index as u64 + 1;
                let key = match order_by.field {
                    InstallationOrderField::CreatedAt => Key::of_time(node.created_at, id),
                    InstallationOrderField::CustomerName => {
                        Key::new(inst.customer_name.to_lowercase(), id)
                    }
                    InstallationOrderField::HostName => Key::new(inst.hostname.to_lowercase(), id),
                };
                (key, node)
            })
            .collect();
        drop(world);
        connection_of(
            all,
            order_by.descending(),
            &args,
            "enterpriseServerInstallations",
        )
    }
}

/// Whether GHEC lists the instance: it has heard of it through a sync or an upload, or the
/// instance has GitHub Connect license sync on (the same rule as the licensing page).
pub(crate) fn known_to_ghec(inst: &Instance) -> bool {
    inst.last_sync.is_some() || inst.connect_license_sync
}

// ---------------------------------------------------------------------------------------
// Nodes

/// An object with an ID.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID"))]
#[allow(clippy::enum_variant_names, dead_code)]
pub(crate) enum Node {
    EnterpriseServerInstallation(InstallationNode),
    EnterpriseServerUserAccount(AccountNode),
    EnterpriseServerUserAccountEmail(EmailNode),
    EnterpriseServerUserAccountsUpload(UploadNode),
}

/// GitHub's legacy global node ID shape: base64 of `0<len>:<Type><id>`.
fn node_id(type_name: &str, id: &str) -> ID {
    ID(crate::base64::encode(
        format!("0{}:{type_name}{id}", type_name.len()).as_bytes(),
    ))
}

/// An Enterprise Server installation.
#[derive(Debug, Clone)]
pub(crate) struct InstallationNode {
    /// Index into `World::instances` (instances are only ever appended).
    index: usize,
    server_id: String,
    host_name: String,
    customer_name: String,
    is_connected: bool,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    /// When GHEC last took this instance's users: the user accounts' `updatedAt`.
    synced_at: OffsetDateTime,
}

impl InstallationNode {
    fn of(world: &World, index: usize, inst: &Instance) -> Self {
        let uploads = world
            .uploads
            .iter()
            .filter(|u| u.server_id == inst.server_id);
        let latest_change = uploads.clone().map(|u| u.updated_at).max();
        let synced_at = uploads
            .filter(|u| u.state == UploadState::Success)
            .map(|u| u.updated_at)
            .max()
            .or(inst.last_sync.as_ref().map(|s| s.date))
            .unwrap_or(inst.known_since);
        Self {
            index,
            server_id: inst.server_id.clone(),
            host_name: inst.hostname.clone(),
            customer_name: inst.customer_name.clone(),
            is_connected: inst.connect_license_sync,
            created_at: inst.known_since,
            updated_at: latest_change.map_or(inst.known_since, |t| t.max(inst.known_since)),
            synced_at,
        }
    }

    fn by_index(world: &World, index: usize) -> async_graphql::Result<Self> {
        world
            .instances
            .get(index)
            .map(|inst| Self::of(world, index, inst))
            .ok_or_else(|| async_graphql::Error::new("The Enterprise Server installation is gone."))
    }
}

#[Object(name = "EnterpriseServerInstallation")]
impl InstallationNode {
    /// Identifies the date and time when the object was created.
    async fn created_at(&self) -> DateTime {
        DateTime(self.created_at)
    }

    /// The customer name to which the Enterprise Server installation belongs.
    async fn customer_name(&self) -> &str {
        &self.customer_name
    }

    /// The host name of the Enterprise Server installation.
    async fn host_name(&self) -> &str {
        &self.host_name
    }

    /// The Node ID of the EnterpriseServerInstallation object
    async fn id(&self) -> ID {
        node_id(
            "EnterpriseServerInstallation",
            &(self.index + 1).to_string(),
        )
    }

    /// Whether or not the installation is connected to an Enterprise Server installation
    /// via GitHub Connect.
    async fn is_connected(&self) -> bool {
        self.is_connected
    }

    /// Identifies the date and time when the object was last updated.
    async fn updated_at(&self) -> DateTime {
        DateTime(self.updated_at)
    }

    /// User accounts on this Enterprise Server installation.
    async fn user_accounts(
        &self,
        ctx: &Context<'_>,
        after: Option<String>,
        before: Option<String>,
        first: Option<i32>,
        last: Option<i32>,
        #[graphql(default_with = "Some(ACCOUNTS_BY_DEFAULT)")] order_by: Option<
            Order<AccountOrderField>,
        >,
    ) -> async_graphql::Result<Connection<AccountNode>> {
        let order_by = order_by.unwrap_or(ACCOUNTS_BY_DEFAULT);
        let bounds = Args {
            first,
            last,
            after,
            before,
        }
        .bounds("userAccounts")?;
        let caller = ctx.data::<Caller>()?;
        let world = read(&caller.shared.world);
        let inst = world
            .instances
            .get(self.index)
            .filter(|i| i.server_id == self.server_id)
            .ok_or_else(|| {
                async_graphql::Error::new("The Enterprise Server installation is gone.")
            })?;
        let users = &inst.synced_users;
        let order = caller
            .shared
            .graphql
            .account_order(&world, self.index, order_by.field);
        let n = order.len().min(users.len());
        let descending = order_by.descending();
        // Position `p` in the requested order is position `q` in the cached ascending one.
        let at = |p: usize| {
            let q = if descending { n - 1 - p } else { p };
            order[q] as usize
        };
        let key = |u: &ServerAccount| account_key(u, order_by.field);
        let window = bounds.window(n, |p, k| ordered(&key(&users[at(p)]), k, descending));
        let items: Vec<(Key, AccountNode)> = (window.start..window.end)
            .filter_map(|p| users.get(at(p)))
            .map(|u| (key(u), AccountNode::of(self, u)))
            .collect();
        drop(world);
        let page = Page {
            items,
            window,
            total: n,
        };
        Ok(page.connection())
    }

    /// User accounts uploads for the Enterprise Server installation.
    async fn user_accounts_uploads(
        &self,
        ctx: &Context<'_>,
        after: Option<String>,
        before: Option<String>,
        first: Option<i32>,
        last: Option<i32>,
        #[graphql(default_with = "Some(UPLOADS_BY_DEFAULT)")] order_by: Option<
            Order<UploadOrderField>,
        >,
    ) -> async_graphql::Result<Connection<UploadNode>> {
        let order_by = order_by.unwrap_or(UPLOADS_BY_DEFAULT);
        let args = Args {
            first,
            last,
            after,
            before,
        };
        let caller = ctx.data::<Caller>()?;
        let world = read(&caller.shared.world);
        let all: Vec<(Key, UploadNode)> = world
            .uploads
            .iter()
            .filter(|u| u.server_id == self.server_id)
            .map(|u| {
                let key = match order_by.field {
                    UploadOrderField::CreatedAt => Key::of_time(u.created_at, u.id),
                };
                let node = UploadNode {
                    id: u.id,
                    installation: self.index,
                    name: u.name.clone(),
                    state: u.state,
                    created_at: u.created_at,
                    updated_at: u.updated_at,
                    enterprise: world.enterprise.slug.clone(),
                };
                (key, node)
            })
            .collect();
        drop(world);
        connection_of(all, order_by.descending(), &args, "userAccountsUploads")
    }
}

/// The sort key of an account in the order asked for.
pub(crate) fn account_key(u: &ServerAccount, field: AccountOrderField) -> Key {
    match field {
        AccountOrderField::Login => Key::new(u.login.to_lowercase(), u.user_id),
        AccountOrderField::RemoteCreatedAt => Key::of_time(u.created_at, u.user_id),
    }
}

/// A user account on an Enterprise Server installation.
#[derive(Debug, Clone)]
pub(crate) struct AccountNode(Arc<AccountData>);

#[derive(Debug)]
struct AccountData {
    installation: usize,
    account: ServerAccount,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
}

impl AccountNode {
    fn of(inst: &InstallationNode, account: &ServerAccount) -> Self {
        Self(Arc::new(AccountData {
            installation: inst.index,
            account: account.clone(),
            // GHEC's record of the account is as old as the first sync that carried it; the
            // emulator keeps no per-account history, so it says: when GHEC first knew the
            // instance, or when the account was made, whichever is later.
            created_at: inst.created_at.max(account.created_at).min(inst.synced_at),
            updated_at: inst.synced_at,
        }))
    }

    fn id_text(&self) -> String {
        format!("{}-{}", self.0.installation + 1, self.0.account.user_id)
    }
}

#[Object(name = "EnterpriseServerUserAccount")]
impl AccountNode {
    /// Identifies the date and time when the object was created.
    async fn created_at(&self) -> DateTime {
        DateTime(self.0.created_at)
    }

    /// User emails belonging to this user account.
    async fn emails(
        &self,
        after: Option<String>,
        before: Option<String>,
        first: Option<i32>,
        last: Option<i32>,
        #[graphql(default_with = "Some(EMAILS_BY_DEFAULT)")] order_by: Option<
            Order<EmailOrderField>,
        >,
    ) -> async_graphql::Result<Connection<EmailNode>> {
        let order_by = order_by.unwrap_or(EMAILS_BY_DEFAULT);
        let args = Args {
            first,
            last,
            after,
            before,
        };
        let all: Vec<(Key, EmailNode)> = self
            .0
            .account
            .emails
            .iter()
            .enumerate()
            .map(|(k, email)| {
                let key = match order_by.field {
                    EmailOrderField::Email => Key::new(email.to_lowercase(), k as u64),
                };
                let node = EmailNode {
                    account: self.clone(),
                    index: k,
                };
                (key, node)
            })
            .collect();
        connection_of(all, order_by.descending(), &args, "emails")
    }

    /// The Enterprise Server installation on which this user account exists.
    async fn enterprise_server_installation(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<InstallationNode> {
        let caller = ctx.data::<Caller>()?;
        let world = read(&caller.shared.world);
        InstallationNode::by_index(&world, self.0.installation)
    }

    /// The Node ID of the EnterpriseServerUserAccount object
    async fn id(&self) -> ID {
        node_id("EnterpriseServerUserAccount", &self.id_text())
    }

    /// Whether the user account is a site administrator on the Enterprise Server
    /// installation.
    async fn is_site_admin(&self) -> bool {
        self.0.account.site_admin
    }

    /// The login of the user account on the Enterprise Server installation.
    async fn login(&self) -> &str {
        &self.0.account.login
    }

    /// The profile name of the user account on the Enterprise Server installation.
    async fn profile_name(&self) -> Option<&str> {
        self.0.account.name.as_deref()
    }

    /// The date and time when the user account was created on the Enterprise Server
    /// installation.
    async fn remote_created_at(&self) -> DateTime {
        DateTime(self.0.account.created_at)
    }

    /// The ID of the user account on the Enterprise Server installation.
    async fn remote_user_id(&self) -> i32 {
        i32::try_from(self.0.account.user_id).unwrap_or(i32::MAX)
    }

    /// Identifies the date and time when the object was last updated.
    async fn updated_at(&self) -> DateTime {
        DateTime(self.0.updated_at)
    }
}

/// An email belonging to a user account on an Enterprise Server installation.
#[derive(Debug, Clone)]
pub(crate) struct EmailNode {
    account: AccountNode,
    /// Its place in the account's emails: the primary one is first.
    index: usize,
}

#[Object(name = "EnterpriseServerUserAccountEmail")]
impl EmailNode {
    /// Identifies the date and time when the object was created.
    async fn created_at(&self) -> DateTime {
        DateTime(self.account.0.created_at)
    }

    /// The email address.
    async fn email(&self) -> &str {
        self.account
            .0
            .account
            .emails
            .get(self.index)
            .map_or("", String::as_str)
    }

    /// The Node ID of the EnterpriseServerUserAccountEmail object
    async fn id(&self) -> ID {
        node_id(
            "EnterpriseServerUserAccountEmail",
            &format!("{}-{}", self.account.id_text(), self.index),
        )
    }

    /// Indicates whether this is the primary email of the associated user account.
    async fn is_primary(&self) -> bool {
        self.index == 0
    }

    /// Identifies the date and time when the object was last updated.
    async fn updated_at(&self) -> DateTime {
        DateTime(self.account.0.updated_at)
    }

    /// The user account to which the email belongs.
    async fn user_account(&self) -> AccountNode {
        self.account.clone()
    }
}

/// A user accounts upload from an Enterprise Server installation.
#[derive(Debug, Clone)]
pub(crate) struct UploadNode {
    id: u64,
    installation: usize,
    name: String,
    state: UploadState,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    enterprise: String,
}

#[Object(name = "EnterpriseServerUserAccountsUpload")]
impl UploadNode {
    /// Identifies the date and time when the object was created.
    async fn created_at(&self) -> DateTime {
        DateTime(self.created_at)
    }

    /// The enterprise to which this upload belongs.
    async fn enterprise(&self) -> Enterprise {
        Enterprise {
            slug: self.enterprise.clone(),
        }
    }

    /// The Enterprise Server installation for which this upload was generated.
    async fn enterprise_server_installation(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<InstallationNode> {
        let caller = ctx.data::<Caller>()?;
        let world = read(&caller.shared.world);
        InstallationNode::by_index(&world, self.installation)
    }

    /// The Node ID of the EnterpriseServerUserAccountsUpload object
    async fn id(&self) -> ID {
        node_id("EnterpriseServerUserAccountsUpload", &self.id.to_string())
    }

    /// The name of the file uploaded.
    async fn name(&self) -> &str {
        &self.name
    }

    /// The synchronization state of the upload
    async fn sync_state(&self) -> SyncState {
        self.state.into()
    }

    /// Identifies the date and time when the object was last updated.
    async fn updated_at(&self) -> DateTime {
        DateTime(self.updated_at)
    }
}
