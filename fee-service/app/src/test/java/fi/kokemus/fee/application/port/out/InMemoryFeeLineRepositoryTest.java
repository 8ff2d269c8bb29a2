package fi.kokemus.fee.application.port.out;

class InMemoryFeeLineRepositoryTest extends FeeLineRepositoryContract {

    @Override
    protected FeeLineRepository emptyRepository() {
        return new InMemoryFeeLineRepository();
    }
}
