using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Connection;
using AppSnapshot.Output;
using AppSnapshot.Commands.Completion;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// What every AppSnapshot cmdlet shares: the connection parameters, the one client factory,
    /// running an engine operation with its output marshalled to the pipeline thread, and Ctrl+C.
    /// </summary>
    public abstract class AppSnapshotCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private AcsSession? _session;
        private CmdletOutputSink? _host;
        private PipelineDispatcher? _stream;

        /// <summary>Region of the resources. Binds from piped objects, so each object is handled in its own region.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(RegionIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? RegionId { get; set; }

        /// <summary>Profile name in ~/.aliyun/config.json or ~/.alibabacloud/credentials.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        /// <summary>AccessKey id as user name and AccessKey secret as password.</summary>
        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>Endpoint for every product, e.g. a VPC endpoint or the emulator at http://127.0.0.1:8787.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Endpoint { get; set; }

        /// <summary>The region given on the command line, captured before pipeline binding can change it.</summary>
        protected string? CommandLineRegionId { get; private set; }

        protected override void BeginProcessing()
        {
            CommandLineRegionId = IsBound(nameof(RegionId)) ? RegionId : null;
        }

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Cancelled when the user stops the command (Ctrl+C, a runbook's stop), not when a later command takes no more.</summary>
        protected CancellationToken UserStop => _stopping.Token;

        /// <summary>True when the parameter was given (on the command line or from the current piped object).</summary>
        protected bool IsBound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

        /// <summary>The session from the shared factory, resolved once per command; says on the debug stream where credentials and region came from.</summary>
        protected AcsSession Session
        {
            get
            {
                if (_session != null) return _session;
                try
                {
                    _session = ClientFactory.Shared.Connect(BuildConnectionOptions(), HostSink);
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    ThrowTerminatingError(ErrorRecordFactory.FromException(ex));
                }
                return _session!;
            }
        }

        /// <summary>The region for one piped object: its own RegionId, else the session's default.</summary>
        protected string? RegionFor(string? objectRegionId) => objectRegionId ?? CommandLineRegionId ?? Session.DefaultRegionId;

        /// <summary>A verbose line from the cmdlet itself, written like the operations' (see <see cref="CmdletOutputSink.WriteVerbose"/>).</summary>
        protected void WriteNarrative(string message) => HostSink.WriteVerbose(message);

        /// <summary>The sink that talks to PowerShell; created on, and bound to, the pipeline thread.</summary>
        private CmdletOutputSink HostSink => _host ??= new CmdletOutputSink(this, IsBound("Force") && MyInvocation.BoundParameters["Force"] is SwitchParameter force && force.IsPresent);

        /// <summary>
        /// Runs an engine operation on the thread pool. Everything it says (objects, errors, progress,
        /// prompts, and the client's debug notes) goes through the queueing sink, which this thread
        /// drains: the only road to the host. Failures become ErrorRecords.
        /// </summary>
        protected void RunOperation(Func<AcsSession, IOutputSink, CancellationToken, Task> operation)
        {
            var session = Session;
            Deliver(() => PipelineDispatcher.Run(HostSink, (sink, ct) => operation(session.ReportingTo(sink), sink, ct), _stopping.Token));
        }

        /// <summary>
        /// For work that runs while records still arrive: the session and sink it uses (from any thread), opened by
        /// the first call. Each record <see cref="PumpStream"/>s what the work said since; <see cref="FinishStream"/>
        /// waits for its end in EndProcessing.
        /// </summary>
        protected (AcsSession Session, IOutputSink Sink, CancellationToken Token) OpenStream()
        {
            var session = Session;
            _stream ??= new PipelineDispatcher(HostSink, _stopping.Token);
            return (session.ReportingTo(_stream.Sink), _stream.Sink, _stream.Token);
        }

        /// <summary>Writes what the streaming work said so far; does not wait.</summary>
        protected void PumpStream()
        {
            if (_stream != null) Deliver(_stream.Pump);
        }

        /// <summary>Writes everything the streaming work says until <paramref name="work"/> ends.</summary>
        protected void FinishStream(Func<Task> work)
        {
            var stream = _stream ?? throw new InvalidOperationException("OpenStream was not called.");
            Deliver(() => stream.Wait(work()));
        }

        /// <summary>Runs a step on the pipeline thread: a stop stays a stop, a failure becomes a terminating ErrorRecord.</summary>
        protected void Deliver(Action delivery)
        {
            try
            {
                delivery();
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (OperationCanceledException ex) when (_stopping.IsCancellationRequested)
            {
                // A stopping pipeline drops the operation's warning about runs still going: the host shows it instead.
                if (ex is CancelledWithNoticeException notice) Host?.UI?.WriteWarningLine(notice.Notice);
                throw new PipelineStoppedException();
            }
            catch (Exception ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.FromException(ex));
            }
        }

        /// <summary>
        /// The pipeline ended without this command's EndProcessing (stopped, or a later command failed): streaming work
        /// still going is cancelled; runs it leaves are registered by the work itself.
        /// </summary>
        public void Dispose()
        {
            _stopping.Cancel();
            _stream?.Dispose();
        }

        private ConnectionOptions BuildConnectionOptions()
        {
            var options = new ConnectionOptions
            {
                RegionId = CommandLineRegionId,
                ProfileName = ProfileName,
                Endpoint = Endpoint,
                Defaults = RunspaceDefaults.Current,
            };
            if (Credential != null)
            {
                options.AccessKeyId = Credential.UserName;
                options.AccessKeySecret = Credential.GetNetworkCredential().Password;
            }
            return options;
        }
    }
}
